package org.tilmash.translation;

import java.util.Map;
import org.tilmash.i18n.ExplainedException;

/** A refused XLIFF file: the message key and arguments (with the line, where there is one) say why. */
public class XliffException extends ExplainedException {

    XliffException(String messageKey, Map<String, Object> arguments) {
        super(messageKey, arguments);
    }
}
