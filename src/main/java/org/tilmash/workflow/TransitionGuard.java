package org.tilmash.workflow;

import java.util.Optional;
import org.tilmash.content.ArticleVersion;

/**
 * Lets higher modules veto a transition without the workflow depending on them: translation refuses to submit an
 * outdated translation whose source diff was not confirmed, media refuses to publish images without alt text.
 */
public interface TransitionGuard {

    /** Why {@code version} may not go through {@code transition} now, or empty if it may. */
    Optional<WorkflowException> check(ArticleVersion version, Transition transition);
}
