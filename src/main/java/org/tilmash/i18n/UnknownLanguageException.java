package org.tilmash.i18n;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A language code that is not enabled was asked for: readers get a 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownLanguageException extends RuntimeException {

    public UnknownLanguageException(String code) {
        super("Unknown language: " + code);
    }
}
