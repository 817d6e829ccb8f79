package org.tilmash.content;

import java.util.Map;

/**
 * Text that cannot be stored as given: it holds a NUL (which PostgreSQL refuses and no one types on purpose), or a
 * field is longer than the database keeps. The message key and arguments say so in the user's language; the caller
 * shows the form again with what was typed.
 */
public class TextRefusedException extends RuntimeException {

    public static final String NUL = "text.error.nul";

    private final String messageKey;
    private final transient Map<String, Object> arguments;

    TextRefusedException(String messageKey, Map<String, Object> arguments) {
        super(messageKey + " " + arguments);
        this.messageKey = messageKey;
        this.arguments = Map.copyOf(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Map<String, Object> arguments() {
        return arguments;
    }
}
