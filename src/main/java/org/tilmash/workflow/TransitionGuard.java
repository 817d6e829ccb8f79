package org.tilmash.workflow;

import java.util.Optional;

/**
 * Lets higher modules veto a transition without the workflow depending on them: translation refuses to submit an
 * outdated translation whose source diff was not confirmed, media refuses to publish images without alt text.
 */
public interface TransitionGuard {

    /** Why the transition may not happen now, or empty if it may. */
    Optional<WorkflowException> check(Facts facts);

    /** What a guard may know about the version and the transition asked for. */
    record Facts(Long articleId, Long versionId, String language, boolean outdated, Transition transition) {}
}
