package org.tilmash.content;

import java.util.Map;
import org.tilmash.i18n.ExplainedException;

/**
 * Text that cannot be stored as given: it holds a NUL (which PostgreSQL refuses and no one types on purpose), or a
 * field is longer than the database keeps. The message key and arguments say so in the user's language; the caller
 * shows the form again with what was typed.
 */
public class TextRefusedException extends ExplainedException {

    public static final String NUL = "text.error.nul";

    TextRefusedException(String messageKey, Map<String, Object> arguments) {
        super(messageKey, arguments);
    }
}
