package org.tilmash.admin;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.workflow.AuditTrail;
import org.tilmash.workflow.Transition;

/** The whole audit trail for administrators, filterable by person, language and action. */
@Controller
class AuditController {

    static final String VIEW = "admin/audit";
    private static final int PAGE_SIZE = 50;

    private final AuditTrail audit;
    private final LanguageRegistry languages;

    AuditController(AuditTrail audit, LanguageRegistry languages) {
        this.audit = audit;
        this.languages = languages;
    }

    @GetMapping("/admin/audit")
    @PreAuthorize("@permissions.canManageUsers()")
    String audit(
            @RequestParam Optional<String> actor,
            @RequestParam Optional<String> lang,
            @RequestParam Optional<Transition> action,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        // Past the last page the list is empty; beyond this bound the row offset would overflow the query.
        int current = Math.clamp(page, 1, Integer.MAX_VALUE / PAGE_SIZE);
        var entries = audit.search(
                actor.orElse(null),
                lang.filter(languages::isEnabled).orElse(null),
                action.orElse(null),
                current - 1,
                PAGE_SIZE);
        model.addAttribute("entries", entries);
        model.addAttribute("actions", Transition.values());
        model.addAttribute("actor", actor.orElse(""));
        model.addAttribute("lang", lang.orElse(""));
        model.addAttribute("action", action.orElse(null));
        model.addAttribute("page", current);
        return VIEW;
    }
}
