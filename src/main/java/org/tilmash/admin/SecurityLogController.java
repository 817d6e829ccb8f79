package org.tilmash.admin;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tilmash.accounts.SecurityLog;
import org.tilmash.accounts.SecurityLogEntry;

@Controller
class SecurityLogController {

    static final String VIEW = "tilmash/admin/security-log";
    static final int PAGE_SIZE = 50;

    private final SecurityLog log;

    SecurityLogController(SecurityLog log) {
        this.log = log;
    }

    @GetMapping("/security-log")
    @PreAuthorize("@permissions.canManageUsers()")
    String securityLog(@RequestParam(defaultValue = "1") int page, Model model) {
        // Past the last page the list is empty; beyond this bound the row offset would overflow.
        int current = Math.clamp(page, 1, Integer.MAX_VALUE / PAGE_SIZE);
        Page<SecurityLogEntry> events = log.page(current - 1, PAGE_SIZE);
        model.addAttribute("events", events.getContent());
        model.addAttribute("entries", events);
        model.addAttribute("page", current);
        return VIEW;
    }
}
