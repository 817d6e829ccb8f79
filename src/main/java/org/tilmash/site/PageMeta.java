package org.tilmash.site;

import java.util.List;
import org.tilmash.i18n.Language;

/**
 * What the layout needs to know about a page beyond its content: its canonical URL, the real translations for
 * {@code hreflang}, the language switcher and the Open Graph description.
 *
 * @param canonical absolute canonical URL
 * @param alternates real translations of the page, each as {@code hreflang} and absolute URL
 * @param xDefault absolute URL for {@code hreflang="x-default"}; null when the page has no alternates
 * @param switcher one entry per enabled language, in configured order
 * @param description plain-text summary for Open Graph and search engines
 * @param ogType {@code website} or {@code article}
 * @param image the page's picture for Open Graph; null when it has none
 */
record PageMeta(
        String canonical,
        List<Alternate> alternates,
        String xDefault,
        List<SwitcherLink> switcher,
        String description,
        String ogType,
        OgImage image) {

    record Alternate(String hreflang, String href) {}

    /** {@code og:image} and its details: an absolute URL of a rendition about as wide as link previews show. */
    record OgImage(String url, int width, int height, String alt) {}

    /**
     * @param href where the language leads; null when there is nothing to show in it
     * @param available the page exists in this language itself, not only through a fallback
     */
    record SwitcherLink(Language language, String href, boolean available, boolean current) {}
}
