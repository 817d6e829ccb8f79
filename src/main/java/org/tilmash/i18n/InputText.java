package org.tilmash.i18n;

import java.text.Normalizer;

/**
 * What every text typed, imported or uploaded goes through before it is stored. A control character is invisible, yet
 * one vertical tab in a title made the Atom feed unwritable for every reader; NUL cannot be stored in PostgreSQL at
 * all. NFC makes "é" typed two ways one and the same string, so slugs, searches and comparisons agree.
 */
public final class InputText {

    private static final int MAX_FILE_NAME = 255;

    private InputText() {}

    /** Whether the text holds a NUL, which is refused with a message rather than silently dropped. */
    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /**
     * The text in NFC without control characters other than tab and newline. One that separates words (a vertical
     * tab, a form feed, a lone carriage return) becomes a space, or a newline for the carriage return, unless a space
     * is already beside it: "Vertical\u000Btab" reads "Vertical tab", and CRLF from a browser becomes LF. NUL must have
     * been refused before; here it is removed like the others.
     */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || !Character.isISOControl(c)) {
                kept.append(c);
            } else if (separatesWords(c) && !besideWhitespace(kept, text, i)) {
                kept.append(c == '\r' ? '\n' : ' ');
            }
        }
        String clean = kept.toString();
        return Normalizer.isNormalized(clean, Normalizer.Form.NFC)
                ? clean
                : Normalizer.normalize(clean, Normalizer.Form.NFC);
    }

    private static boolean separatesWords(char control) {
        return Character.isWhitespace(control) || control == '\u0085';
    }

    private static boolean besideWhitespace(CharSequence kept, String text, int at) {
        boolean before = kept.isEmpty() || Character.isWhitespace(kept.charAt(kept.length() - 1));
        boolean after = at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1));
        return before || after;
    }

    /**
     * The text with everything XML 1.0 cannot carry removed: control characters, lone surrogates, U+FFFE and U+FFFF.
     * XML writers use it for whatever reached the database before {@link #normalize} existed.
     */
    public static String xml(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean loneSurrogate = width == 1 && Character.isSurrogate((char) c);
            if (!loneSurrogate && allowedInXml(c)) {
                kept.appendCodePoint(c);
            }
            i += width;
        }
        return kept.length() == text.length() ? text : kept.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /**
     * The name an uploaded file had on the uploader's computer, only ever shown as text: the folders some browsers
     * send, control characters and excess length removed; "?" when nothing is left.
     */
    public static String uploadedFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (name.isEmpty()) {
            return "?";
        }
        return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
    }
}
