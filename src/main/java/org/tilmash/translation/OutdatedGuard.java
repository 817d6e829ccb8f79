package org.tilmash.translation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tilmash.accounts.Permissions;
import org.tilmash.workflow.Transition;
import org.tilmash.workflow.TransitionGuard;
import org.tilmash.workflow.WorkflowException;

/**
 * An outdated translation is never submitted, nor published, before its translator confirmed the source diff. The
 * refusal says what the person refused can do about it: whoever may edit the translation is sent to the side-by-side
 * editor; a reviewer, who may not, is told that a translator has to update it and that they can send it back.
 */
@Component
class OutdatedGuard implements TransitionGuard {

    static final String UPDATE_IT = "translation.error.outdated";
    static final String HAVE_IT_UPDATED = "translation.error.outdatedForReviewer";

    private final Permissions permissions;

    OutdatedGuard(Permissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public Optional<WorkflowException> check(Facts facts) {
        Transition transition = facts.transition();
        boolean blocked =
                facts.outdated() && (transition == Transition.SUBMITTED || transition == Transition.PUBLISHED);
        if (!blocked) {
            return Optional.empty();
        }
        return Optional.of(new WorkflowException(permissions.canEdit(facts.language()) ? UPDATE_IT : HAVE_IT_UPDATED));
    }
}
