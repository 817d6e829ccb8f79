package org.tilmash.admin;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tilmash.accounts.SecurityLog;

@Controller
class SecurityLogController {

    static final String VIEW = "tilmash/admin/security-log";
    private static final int LIMIT = 200;

    private final SecurityLog log;

    SecurityLogController(SecurityLog log) {
        this.log = log;
    }

    @GetMapping("/security-log")
    @PreAuthorize("@permissions.canManageUsers()")
    String securityLog(Model model) {
        model.addAttribute("events", log.latest(LIMIT));
        return VIEW;
    }
}
