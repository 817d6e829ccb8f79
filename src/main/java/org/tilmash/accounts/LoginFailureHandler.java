package org.tilmash.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Back to the sign-in page after a refused sign-in, saying why (a wrong password, or the account's throttle), with
 * the username still typed and the page to return to still set: only the password is asked for again.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String USERNAME = "username";

    private final String loginPath;
    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    LoginFailureHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        FlashMap typed = new FlashMap();
        typed.put(USERNAME, request.getParameter(USERNAME));
        String returnTo = request.getParameter(LoginSuccessHandler.RETURN_PARAMETER);
        if (ReturnUrls.isSafePath(returnTo)) {
            typed.put(LoginController.RETURN_TO, returnTo);
        }
        typed.setTargetRequestPath(request.getContextPath() + loginPath);
        flash.saveOutputFlashMap(typed, request, response);
        boolean throttled = refused instanceof ThrottledAuthenticationProvider.LoginThrottledException;
        response.sendRedirect(request.getContextPath() + loginPath + (throttled ? "?locked" : "?error"));
    }
}
