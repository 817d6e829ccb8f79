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

    /** The page to go to after signing in, when it is a path on this site; kept over a refused attempt. */
    static final String RETURN_TO = "returnTo";

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
            model.addAttribute(RETURN_TO, returnTo);
        }
        return VIEW;
    }
}
