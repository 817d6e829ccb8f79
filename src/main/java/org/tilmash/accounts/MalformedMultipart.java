package org.tilmash.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.tilmash.i18n.TilmashPaths;

/**
 * A request that says it is multipart but is not (no boundary, a truncated body) fails before any handler is
 * chosen, on every path: it is a bad request, not a server error. Without selectors, because no handler exists yet
 * when it fails; screens that take uploads answer it themselves first. A host application's requests are left to
 * the host's own handling.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class MalformedMultipart {

    private final TilmashPaths paths;

    MalformedMultipart(TilmashPaths paths) {
        this.paths = paths;
    }

    @ExceptionHandler(MultipartException.class)
    void badRequest(MultipartException failure, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!paths.owns(request)) {
            throw failure;
        }
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }
}
