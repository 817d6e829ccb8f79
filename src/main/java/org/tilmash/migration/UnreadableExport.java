package org.tilmash.migration;

import java.io.IOException;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why a WordPress export file cannot be read, as the import page says it: the XML parser's message is in the server's
 * language and speaks of XML's grammar, so it goes to the log for the operator only; the administrator is told where in
 * the file the parser stopped, with the file named as they know it (never the temporary copy of an upload).
 */
final class UnreadableExport {

    private static final Logger log = LoggerFactory.getLogger(UnreadableExport.class);

    private UnreadableExport() {}

    /** Broken XML: at its line and column when the parser knows them. */
    static SourceException explain(XMLStreamException error, String fileName) {
        log.warn("The WordPress export {} is not well-formed XML", fileName, error);
        Location at = error.getLocation();
        if (at == null || at.getLineNumber() < 1 || at.getColumnNumber() < 1) {
            return unreadable(fileName);
        }
        return new SourceException(
                "import.error.wxrMalformed",
                Map.of("file", fileName, "line", at.getLineNumber(), "column", at.getColumnNumber()));
    }

    /** The file went away or could not be read to its end. */
    static SourceException explain(IOException error, String fileName) {
        log.warn("The WordPress export {} cannot be read", fileName, error);
        return unreadable(fileName);
    }

    private static SourceException unreadable(String fileName) {
        return new SourceException("import.error.fileUnreadable", Map.of("file", fileName));
    }
}
