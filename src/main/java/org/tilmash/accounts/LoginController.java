package org.tilmash.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    static final String VIEW = "tilmash/admin/login";

    private final LoginThrottle throttle;
    private final AccountsProperties properties;

    LoginController(LoginThrottle throttle, AccountsProperties properties) {
        this.throttle = throttle;
        this.properties = properties;
    }

    /** The return path is handed on only when it is safe, so the form never carries a foreign address. */
    @GetMapping("${tilmash.web.login-path:/login}")
    String login(
            @RequestParam(name = LoginSuccessHandler.RETURN_PARAMETER, required = false) String returnTo,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (properties.isHostSignIn()) {
            // The host's own page: not a Tilmash path, so written out here rather than through "redirect:".
            response.sendRedirect(request.getContextPath() + properties.getHostLoginPath());
            return null;
        }
        model.addAttribute("waitMinutes", throttle.waitMinutes());
        if (ReturnUrls.isSafePath(returnTo)) {
            model.addAttribute("returnTo", returnTo);
        }
        return VIEW;
    }
}
