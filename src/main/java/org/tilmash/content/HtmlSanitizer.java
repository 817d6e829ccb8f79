package org.tilmash.content;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Cleans HTML from editors, translators and imports against an allow-list: text structure, links and images from our
 * own galleries survive; scripts, event handlers, styles, {@code javascript:} URLs and foreign images never do.
 */
@Component
public class HtmlSanitizer {

    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h2", "h3", "h4", "figure", "figcaption", "img")
            .addAttributes("img", "src", "alt")
            .addProtocols("a", "href", "http", "https", "mailto")
            .removeEnforcedAttribute("a", "rel")
            .addEnforcedAttribute("a", "rel", "noopener");

    /** {@code /media/<key>/<file>} as {@code StoredImage} writes them: a UUID folder and a plain file name. */
    private static final Pattern OWN_RENDITION = Pattern.compile(
            "/media/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[A-Za-z0-9_-]+\\.[a-z]{3,4}");

    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s]+");

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    public String clean(String html) {
        if (html == null) {
            return "";
        }
        Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(html));
        clean.select("img").stream()
                .filter(image -> !isOwnImage(image.attr("src")))
                .forEach(Element::remove);
        clean.select("p > img").forEach(HtmlSanitizer::ownParagraph);
        // jsoup keeps a cite it cannot resolve against a base; only absolute web addresses are sources readers follow.
        clean.select("[cite]").stream()
                .filter(quote -> !WEB_URL.matcher(quote.attr("cite")).matches())
                .forEach(quote -> quote.removeAttr("cite"));
        clean.outputSettings(OUTPUT);
        return clean.body().html();
    }

    /**
     * Moves an image that shares its paragraph with text into a paragraph of its own, before the text when it came
     * first, else after it: body images are blocks, shown as figures with their caption, and a translation carries
     * such a block over without the translator handling markup. An editor inserting an image with the cursor inside a
     * paragraph gets exactly that.
     */
    private static void ownParagraph(Element image) {
        Element paragraph = image.parent();
        boolean alone = paragraph.childNodes().stream()
                .allMatch(node -> node == image
                        || (node instanceof TextNode text && text.isBlank())
                        || (node instanceof Element element && element.nameIs("br")));
        if (alone) {
            return;
        }
        boolean first = paragraph.childNodes().stream()
                .filter(node -> !(node instanceof TextNode text && text.isBlank()))
                .findFirst()
                .filter(node -> node == image)
                .isPresent();
        image.remove();
        Element own = new Element("p").appendChild(image);
        if (first) {
            paragraph.before(own);
        } else {
            paragraph.after(own);
        }
    }

    /**
     * Whether {@code src} is a rendition in one of our galleries. The pattern admits no {@code %}, dot segment or
     * backslash, so no escaped form ({@code /media/%2e%2e/}, {@code %252e}) of another path can pass as ours.
     */
    static boolean isOwnImage(String src) {
        return OWN_RENDITION.matcher(src).matches();
    }

    /** The plain text of an HTML fragment, e.g. for feeds and meta descriptions. */
    public String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
