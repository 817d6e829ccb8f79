package org.tilmash.translation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tilmash.content.ArticleVersion;
import org.tilmash.workflow.Transition;
import org.tilmash.workflow.TransitionGuard;
import org.tilmash.workflow.WorkflowException;

/** An outdated translation is never submitted, nor published, before its translator confirmed the source diff. */
@Component
class OutdatedGuard implements TransitionGuard {

    @Override
    public Optional<WorkflowException> check(ArticleVersion version, Transition transition) {
        boolean blocked =
                version.isOutdated() && (transition == Transition.SUBMITTED || transition == Transition.PUBLISHED);
        return blocked ? Optional.of(new WorkflowException("translation.error.outdated")) : Optional.empty();
    }
}
