package org.tilmash.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Cleans HTML from editors, translators and imports against an allow-list: text structure and links survive;
 * scripts, event handlers, styles and {@code javascript:} URLs never do.
 */
@Component
public class HtmlSanitizer {

    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h2", "h3", "h4", "figure", "figcaption")
            .addProtocols("a", "href", "http", "https", "mailto")
            .removeEnforcedAttribute("a", "rel")
            .addEnforcedAttribute("a", "rel", "noopener");

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    public String clean(String html) {
        return html == null ? "" : Jsoup.clean(html, "", ALLOWED, OUTPUT);
    }

    /** The plain text of an HTML fragment, e.g. for feeds and meta descriptions. */
    public String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
