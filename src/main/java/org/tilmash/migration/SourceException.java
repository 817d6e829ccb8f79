package org.tilmash.migration;

import java.util.Map;
import org.tilmash.i18n.ExplainedException;

/** The old site cannot be read (no connection, no such table, a malformed export): nothing was imported. */
public class SourceException extends ExplainedException {

    public SourceException(String messageKey, Map<String, Object> arguments) {
        super(messageKey, arguments);
    }
}
