package org.tilmash.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    static final String VIEW = "tilmash/admin/login";

    private final LoginThrottle throttle;

    LoginController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** The return path is handed on only when it is safe, so the form never carries a foreign address. */
    @GetMapping("${tilmash.web.login-path:/login}")
    String login(
            @RequestParam(name = LoginSuccessHandler.RETURN_PARAMETER, required = false) String returnTo, Model model) {
        model.addAttribute("waitMinutes", throttle.waitMinutes());
        if (ReturnUrls.isSafePath(returnTo)) {
            model.addAttribute("returnTo", returnTo);
        }
        return VIEW;
    }
}
