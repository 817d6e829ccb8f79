package org.tilmash.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Cleans HTML from editors, translators and imports against an allow-list: text structure, links and images from our
 * own galleries survive; scripts, event handlers, styles, {@code javascript:} URLs and foreign images never do.
 */
@Component
public class HtmlSanitizer {

    /** Images may only come from the article galleries Tilmash serves itself. */
    static final String OWN_IMAGES = "/media/";

    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h2", "h3", "h4", "figure", "figcaption", "img")
            .addAttributes("img", "src", "alt")
            .addProtocols("a", "href", "http", "https", "mailto")
            .removeEnforcedAttribute("a", "rel")
            .addEnforcedAttribute("a", "rel", "noopener");

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    public String clean(String html) {
        if (html == null) {
            return "";
        }
        Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(html));
        clean.select("img").stream()
                .filter(image -> !image.attr("src").startsWith(OWN_IMAGES)
                        || image.attr("src").contains(".."))
                .forEach(Element::remove);
        clean.outputSettings(OUTPUT);
        return clean.body().html();
    }

    /** The plain text of an HTML fragment, e.g. for feeds and meta descriptions. */
    public String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
