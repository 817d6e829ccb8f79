package org.tilmash.i18n;

import java.util.Map;

/**
 * A refusal the user is told about in their own language: the bundle key of the explanation and its named arguments,
 * never an exception message shown as is.
 */
public abstract class ExplainedException extends RuntimeException {

    private final String messageKey;
    private final transient Map<String, Object> arguments;

    protected ExplainedException(String messageKey, Map<String, Object> arguments) {
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
