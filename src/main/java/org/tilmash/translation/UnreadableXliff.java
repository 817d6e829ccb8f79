package org.tilmash.translation;

import java.io.CharConversionException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * Why the XML parser could not read an uploaded file, as the back office says it: the parser's own message is in the
 * server's language, names XML's grammar rather than what a translator can do about it, and is never shown. Each kind
 * of failure has its message in the bundles, with the line and column where the parser stopped when they help.
 */
final class UnreadableXliff {

    /** The encoding an XML declaration names; every encoding the parser reads starts the declaration in ASCII. */
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");

    /**
     * The JDK's parser names the limit that protects it (element depth, attributes per element, characters from
     * entity references) by a JAXP code, the same in every language it speaks.
     */
    private static final String SECURITY_LIMIT = "JAXP000";

    private UnreadableXliff() {}

    /**
     * The first explanation that fits, from what the file is to where the parser stopped: empty, not XML at all, read
     * in the wrong encoding, cut off, beyond the parser's safety limits, or broken at a line and column.
     *
     * @param error what the parser threw
     * @param file the whole file as uploaded
     * @param rootRead whether the parser got as far as the root element
     */
    static XliffException explain(XMLStreamException error, byte[] file, boolean rootRead) {
        Optional<Byte> first = firstMeaningfulByte(file);
        if (first.isEmpty()) {
            return new XliffException("xliff.error.empty", Map.of());
        }
        if (first.get() != '<') {
            return new XliffException("xliff.error.notXml", Map.of());
        }
        Position at = Position.of(error.getLocation());
        if (error.getNestedException() instanceof CharConversionException || !rootRead && declaresOtherThanUtf8(file)) {
            return at.refusal("xliff.error.encoding");
        }
        if (at.isUnknown() || !at.isBefore(Position.endOf(file))) {
            return new XliffException("xliff.error.truncated", Map.of());
        }
        if (String.valueOf(error.getMessage()).contains(SECURITY_LIMIT)) {
            return at.refusal("xliff.error.tooComplex");
        }
        return at.refusal("xliff.error.malformed");
    }

    /**
     * The first byte that is not white space, a byte order mark or the zero half of a UTF-16 character: {@code <} in
     * anything that could be XML, in any encoding a translation tool saves.
     */
    private static Optional<Byte> firstMeaningfulByte(byte[] file) {
        for (byte b : file) {
            boolean skipped = b == 0
                    || b == ' '
                    || b == '\t'
                    || b == '\r'
                    || b == '\n'
                    || b == (byte) 0xEF
                    || b == (byte) 0xBB
                    || b == (byte) 0xBF
                    || b == (byte) 0xFE
                    || b == (byte) 0xFF;
            if (!skipped) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Tilmash exports UTF-8; a file that declares another encoding and fails before its first element is read wrong. */
    private static boolean declaresOtherThanUtf8(byte[] file) {
        String start = new String(file, 0, Math.min(file.length, 200), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "");
        Matcher declaration = DECLARED_ENCODING.matcher(start);
        return declaration.find() && !declaration.group(1).equalsIgnoreCase("UTF-8");
    }

    /** Where in the text the parser stopped, counted as it counts: lines from 1, columns in characters from 1. */
    record Position(int line, int column) {

        static Position of(Location location) {
            return location == null
                    ? new Position(-1, -1)
                    : new Position(location.getLineNumber(), location.getColumnNumber());
        }

        /** Just after the last character: where a parser stops that finds the file ending in the middle of it. */
        static Position endOf(byte[] file) {
            String text = new String(file, StandardCharsets.UTF_8);
            int line = 1;
            int column = 1;
            for (int i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length(); i++) {
                char c = text.charAt(i);
                // XML reads CR LF, and a CR alone, as one line break.
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    line++;
                    column = 1;
                } else if (c != '\r') {
                    column++;
                }
            }
            return new Position(line, column);
        }

        boolean isUnknown() {
            return line < 1 || column < 1;
        }

        boolean isBefore(Position other) {
            return line < other.line || line == other.line && column < other.column;
        }

        XliffException refusal(String messageKey) {
            return new XliffException(messageKey, Map.of("line", line, "column", column));
        }
    }
}
