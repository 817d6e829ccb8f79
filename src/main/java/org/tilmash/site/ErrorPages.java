package org.tilmash.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.tilmash.i18n.TilmashPaths;

/**
 * Renders every error of Tilmash's pages as a themed page in the reader's language. Only the status reaches the page: never the
 * exception, its message or a stack trace.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    static final String VIEW = "tilmash/site/error";

    private final TilmashPaths paths;

    ErrorPages(TilmashPaths paths) {
        this.paths = paths;
    }

    /** Errors of a host application's own pages are the host's to show. */
    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (!paths.owns(request)) {
            return null;
        }
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            // No error is being shown: someone asked for the error page's own address, which is no page of the site.
            return new ModelAndView(VIEW, Map.of("status", HttpStatus.NOT_FOUND.value()), HttpStatus.NOT_FOUND);
        }
        int code = switch (status) {
            case NOT_FOUND, CONFLICT, FORBIDDEN, UNAUTHORIZED, BAD_REQUEST, METHOD_NOT_ALLOWED, CONTENT_TOO_LARGE ->
                status.value();
            default -> HttpStatus.INTERNAL_SERVER_ERROR.value();
        };
        return new ModelAndView(VIEW, Map.of("status", code), status);
    }
}
