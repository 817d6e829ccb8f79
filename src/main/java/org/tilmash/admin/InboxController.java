package org.tilmash.admin;

import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tilmash.workflow.Inbox;

/** Every signed-in user's notifications. */
@Controller
@PreAuthorize("@permissions.canUseBackOffice()")
class InboxController {

    static final String VIEW = "tilmash/admin/inbox";

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String inbox(Principal principal, Model model) {
        model.addAttribute("notifications", inbox.of(principal.getName()));
        return VIEW;
    }

    @PostMapping("/inbox/{id}/read")
    String read(@PathVariable Long id, Principal principal) {
        inbox.markRead(id, principal.getName());
        return "redirect:/admin/inbox";
    }
}
