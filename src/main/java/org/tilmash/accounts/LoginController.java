package org.tilmash.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    static final String VIEW = "admin/login";

    @GetMapping("/login")
    String login() {
        return VIEW;
    }
}
