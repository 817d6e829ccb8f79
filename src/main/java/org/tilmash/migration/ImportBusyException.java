package org.tilmash.migration;

import java.util.Map;
import org.tilmash.i18n.ExplainedException;

/** An import was asked for while another is running: they would write the same items. */
public class ImportBusyException extends ExplainedException {

    ImportBusyException() {
        super("import.error.busy", Map.of());
    }
}
