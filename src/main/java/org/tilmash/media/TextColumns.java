package org.tilmash.media;

import jakarta.persistence.Embeddable;

/** {@link ImageText} as stored in {@code media_image_text}. */
@Embeddable
class TextColumns {

    private String alt;
    private String caption;
    private String credit;

    protected TextColumns() {}

    TextColumns(ImageText text) {
        this.alt = text.alt();
        this.caption = text.caption();
        this.credit = text.credit();
    }

    ImageText text() {
        return new ImageText(alt, caption, credit);
    }
}
