package org.tilmash.workflow;

import java.util.Map;
import org.tilmash.i18n.ExplainedException;

/** A transition that may not happen now; the message key and arguments explain why, in the user's language. */
public class WorkflowException extends ExplainedException {

    public WorkflowException(String messageKey, Map<String, Object> arguments) {
        super(messageKey, arguments);
    }

    public WorkflowException(String messageKey) {
        this(messageKey, Map.of());
    }
}
