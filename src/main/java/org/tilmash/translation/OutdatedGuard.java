package org.tilmash.translation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tilmash.workflow.Transition;
import org.tilmash.workflow.TransitionGuard;
import org.tilmash.workflow.WorkflowException;

/** An outdated translation is never submitted, nor published, before its translator confirmed the source diff. */
@Component
class OutdatedGuard implements TransitionGuard {

    @Override
    public Optional<WorkflowException> check(Facts facts) {
        Transition transition = facts.transition();
        boolean blocked =
                facts.outdated() && (transition == Transition.SUBMITTED || transition == Transition.PUBLISHED);
        return blocked ? Optional.of(new WorkflowException("translation.error.outdated")) : Optional.empty();
    }
}
