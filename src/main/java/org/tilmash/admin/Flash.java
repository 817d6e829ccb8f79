package org.tilmash.admin;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tilmash.workflow.WorkflowException;

/** Runs a back-office action and tells the next page how it went: a notice, or the refusal's localized reason. */
final class Flash {

    private Flash() {}

    static void outcome(RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (WorkflowException refused) {
            refused(redirect, refused.messageKey(), refused.arguments());
        }
    }

    static void refused(RedirectAttributes redirect, String messageKey, java.util.Map<String, Object> arguments) {
        redirect.addFlashAttribute("error", messageKey);
        redirect.addFlashAttribute("errorArguments", arguments);
    }
}
