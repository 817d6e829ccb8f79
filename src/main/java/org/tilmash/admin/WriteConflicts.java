package org.tilmash.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.tilmash.content.EditConflictException;
import org.tilmash.content.TextRefusedException;

/**
 * The safety net behind the screens that answer a race or bad text themselves (the editor's conflict page, the
 * translation editor, XLIFF import): anything else that loses a race gets a localized "changed meanwhile" page, and
 * text that cannot be stored a "bad request" page, never a 500.
 */
@ControllerAdvice(basePackages = "org.tilmash")
@Order(Ordered.LOWEST_PRECEDENCE)
class WriteConflicts {

    private static final Logger LOG = LoggerFactory.getLogger(WriteConflicts.class);

    @ExceptionHandler({
        EditConflictException.class,
        ConcurrencyFailureException.class,
        DataIntegrityViolationException.class
    })
    void conflict(RuntimeException lost, HttpServletResponse response) throws IOException {
        LOG.info("A write lost a race and was refused: {}", lost.getClass().getSimpleName());
        response.sendError(HttpStatus.CONFLICT.value());
    }

    @ExceptionHandler(TextRefusedException.class)
    void refused(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }
}
