package org.tilmash.workflow;

import java.util.Map;

/** A transition that may not happen now; the message key and arguments explain why, in the user's language. */
public class WorkflowException extends RuntimeException {

    private final String messageKey;
    private final transient Map<String, Object> arguments;

    public WorkflowException(String messageKey, Map<String, Object> arguments) {
        super(messageKey + " " + arguments);
        this.messageKey = messageKey;
        this.arguments = Map.copyOf(arguments);
    }

    public WorkflowException(String messageKey) {
        this(messageKey, Map.of());
    }

    public String messageKey() {
        return messageKey;
    }

    public Map<String, Object> arguments() {
        return arguments;
    }
}
