package org.tilmash.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    static final String VIEW = "admin/dashboard";

    @GetMapping("/admin")
    String dashboard() {
        return VIEW;
    }
}
