package org.tilmash.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.tilmash.accounts.HostAccounts;
import org.tilmash.i18n.TilmashPaths;

/**
 * Errors in the back office (a refused edit URL above all) are shown as a back-office page in the user's language,
 * not as a page of the public site's theme. Other paths are left to the next resolver.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackOfficeErrorPages implements ErrorViewResolver {

    static final String VIEW = "tilmash/admin/error";

    private final TilmashPaths paths;

    BackOfficeErrorPages(TilmashPaths paths) {
        this.paths = paths;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (!TilmashPaths.isUnder(TilmashPaths.pathOf(request), paths.getAdmin())) {
            return null;
        }
        int code = switch (status) {
            case NOT_FOUND, CONFLICT, FORBIDDEN, BAD_REQUEST, METHOD_NOT_ALLOWED, CONTENT_TOO_LARGE -> status.value();
            default -> HttpStatus.INTERNAL_SERVER_ERROR.value();
        };
        Object refusedHostUser = request.getAttribute(HostAccounts.REFUSED_USER);
        if (refusedHostUser != null) {
            return new ModelAndView(VIEW, Map.of("status", code, "refusedHostUser", refusedHostUser), status);
        }
        return new ModelAndView(VIEW, Map.of("status", code), status);
    }
}
