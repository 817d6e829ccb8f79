package org.tilmash.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After sign-in: to the {@code return} path of the login form when it is a path on this site, else to the back-office
 * page that sent the user to sign in, else to the dashboard.
 */
class LoginSuccessHandler implements AuthenticationSuccessHandler {

    static final String RETURN_PARAMETER = "return";

    /**
     * Spring Session's principal-name index ({@code FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME}),
     * named here without the class, which a host application may not have. Spring Session finds the name itself
     * only under Spring Security's default session attribute, which Tilmash does not use (see
     * {@link SecurityConfiguration#SESSION_KEY}); disabling an account ends its sessions through this index.
     */
    static final String PRINCIPAL_NAME_INDEX =
            "org.springframework.session.FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME";

    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();
    private final SavedRequestAwareAuthenticationSuccessHandler savedRequest =
            new SavedRequestAwareAuthenticationSuccessHandler();

    LoginSuccessHandler(String defaultTarget) {
        savedRequest.setDefaultTargetUrl(defaultTarget);
        savedRequest.setRequestCache(requestCache);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        request.getSession().setAttribute(PRINCIPAL_NAME_INDEX, authentication.getName());
        String wanted = request.getParameter(RETURN_PARAMETER);
        if (ReturnUrls.isSafePath(wanted)) {
            requestCache.removeRequest(request, response);
            redirects.sendRedirect(request, response, ReturnUrls.forLocation(wanted));
            return;
        }
        savedRequest.onAuthenticationSuccess(request, response, authentication);
    }
}
