package org.tilmash.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.WorkingVersions;

@Controller
class DashboardController {

    static final String VIEW = "admin/dashboard";
    private static final int WORK_LIMIT = 50;

    private final WorkingVersions versions;
    private final Permissions permissions;

    DashboardController(WorkingVersions versions, Permissions permissions) {
        this.versions = versions;
        this.permissions = permissions;
    }

    /** "My work": the language versions the user may see, and nothing from other languages. */
    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("work", versions.recent(permissions.viewableLanguages(), WORK_LIMIT));
        return VIEW;
    }
}
