package org.tilmash.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.ContentService;

@Controller
class DashboardController {

    static final String VIEW = "admin/dashboard";
    private static final int WORK_LIMIT = 50;

    private final ContentService content;
    private final Permissions permissions;

    DashboardController(ContentService content, Permissions permissions) {
        this.content = content;
        this.permissions = permissions;
    }

    /** "My work": the language versions the user may see, and nothing from other languages. */
    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("work", content.recentWork(permissions.viewableLanguages(), WORK_LIMIT));
        return VIEW;
    }
}
