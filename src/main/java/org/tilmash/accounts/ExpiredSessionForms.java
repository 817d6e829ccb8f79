package org.tilmash.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.tilmash.i18n.TilmashPaths;

/**
 * A back-office form posted after its session ended (it expired, or the user signed out or in again in another tab)
 * fails the CSRF check, as its token lived in that session. Instead of a bare 403 that loses what was typed, its
 * fields are kept in the browser's new session ({@link KeptForm}) and the user is asked to sign in again, after which
 * {@link UnsavedFormController} offers to send them. A sign-in form posted from a page left open too long just asks
 * for the sign-in again, keeping no password. Only a post from this site's own pages with the browser's session
 * cookie, submitted by the browser rather than a script, is treated so; anything else refused keeps Spring Security's
 * 403. Uploads and forms with a password are not
 * kept: the user signs in again and comes back to the page they were on.
 */
final class ExpiredSessionForms implements AccessDeniedHandler {

    private final TilmashPaths paths;
    private final AccessDeniedHandler refused = new AccessDeniedHandlerImpl();

    ExpiredSessionForms(TilmashPaths paths) {
        this.paths = paths;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        String path = TilmashPaths.pathOf(request);
        if (!(denied instanceof CsrfException) || !postedFromThisSite(request) || !submittedByBrowser(request)) {
            refused.handle(request, response, denied);
        } else if (path.equals(paths.getLogin())) {
            redirect(request, response, paths.getLogin() + "?expired");
        } else if (TilmashPaths.isUnder(path, paths.getAdmin())) {
            keepOrAskAgain(request, response, path);
        } else {
            refused.handle(request, response, denied);
        }
    }

    private void keepOrAskAgain(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        boolean kept = MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType(request))
                && KeptForm.mayKeep(request.getParameterMap());
        if (kept) {
            String action = "/admin" + path.substring(paths.getAdmin().length());
            request.getSession().setAttribute(KeptForm.SESSION_KEY, new KeptForm(action, fields(request)));
        }
        String unsavedPage = paths.getAdmin() + UnsavedFormController.PATH;
        if (signedIn()) {
            redirect(request, response, kept ? unsavedPage : sendingPage(request, paths.getAdmin()));
            return;
        }
        String returnTo = kept ? unsavedPage : sendingPage(request, null);
        redirect(
                request,
                response,
                paths.getLogin() + "?" + (kept ? "unsaved" : "expired")
                        + (returnTo == null
                                ? ""
                                : "&" + LoginSuccessHandler.RETURN_PARAMETER + "=" + encode(returnTo)));
    }

    /**
     * The browser says where the post came from: {@code Sec-Fetch-Site} in current browsers, else the
     * {@code Origin}. A post another site makes a browser send never carries the session cookie ({@code SameSite}).
     */
    private static boolean postedFromThisSite(HttpServletRequest request) {
        if (!HttpMethod.POST.matches(request.getMethod()) || request.getRequestedSessionId() == null) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader("Origin");
        return origin != null && sameHost(origin, request);
    }

    /**
     * A form the browser submits itself, as a page navigation; a page's script (reordering a gallery, an upload) gets
     * the 403 it reports as a failure, rather than a redirect it would follow to a sign-in page and take for success.
     */
    private static boolean submittedByBrowser(HttpServletRequest request) {
        String mode = request.getHeader("Sec-Fetch-Mode");
        return mode != null ? mode.equals("navigate") : request.getHeader("X-CSRF-TOKEN") == null;
    }

    private static boolean sameHost(String address, HttpServletRequest request) {
        try {
            URI uri = URI.create(address);
            return request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == (uri.getPort() < 0 ? defaultPort(uri) : uri.getPort());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int defaultPort(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The back-office page the post was sent from, to return to when nothing could be kept (an upload). */
    private String sendingPage(HttpServletRequest request, String otherwise) {
        String referer = request.getHeader("Referer");
        if (referer == null || !sameHost(referer, request)) {
            return otherwise;
        }
        String page = URI.create(referer).getRawPath();
        String path = page == null
                ? ""
                : page.substring(
                        Math.min(page.length(), request.getContextPath().length()));
        return TilmashPaths.isUnder(path, paths.getAdmin()) && ReturnUrls.isSafePath(path) ? path : otherwise;
    }

    private static Map<String, List<String>> fields(HttpServletRequest request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf")) {
                fields.put(name, List.of(values));
            }
        });
        return fields;
    }

    private static boolean signedIn() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
    }

    private static MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null
                    ? MediaType.APPLICATION_OCTET_STREAM
                    : MediaType.parseMediaType(request.getContentType());
        } catch (IllegalArgumentException malformed) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }
}
