package org.tilmash.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * A request that says it is multipart but is not (no boundary, a truncated body) fails before any handler is
 * chosen, on every path: it is a bad request, not a server error. Without selectors, because no handler exists yet
 * when it fails; screens that take uploads answer it themselves first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class MalformedMultipart {

    @ExceptionHandler(MultipartException.class)
    void badRequest(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }
}
