package org.tilmash.media;

import org.tilmash.i18n.InputText;

/** What an image says in one language: alt text for those who cannot see it, the caption, and the photo credit. */
public record ImageText(String alt, String caption, String credit) {

    public static final ImageText EMPTY = new ImageText("", "", "");

    private static final int MAX_ALT = 500;
    private static final int MAX_CAPTION = 1000;
    private static final int MAX_CREDIT = 200;

    public ImageText {
        alt = clean(alt);
        caption = clean(caption);
        credit = clean(credit);
    }

    public boolean isEmpty() {
        return alt.isEmpty() && caption.isEmpty() && credit.isEmpty();
    }

    public boolean hasAlt() {
        return !alt.isEmpty();
    }

    /** Whether each text is within what the database keeps. */
    public boolean fits() {
        return alt.length() <= MAX_ALT && caption.length() <= MAX_CAPTION && credit.length() <= MAX_CREDIT;
    }

    /** Control characters (NUL among them) are dropped and the text is NFC, like every text Tilmash stores. */
    private static String clean(String text) {
        return InputText.normalize(text).strip();
    }
}
