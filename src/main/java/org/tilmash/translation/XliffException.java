package org.tilmash.translation;

import java.util.Map;

/** A refused XLIFF file: the message key and arguments (with the line, where there is one) say why. */
public class XliffException extends RuntimeException {

    private final String messageKey;
    private final transient Map<String, Object> arguments;

    XliffException(String messageKey, Map<String, Object> arguments) {
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
