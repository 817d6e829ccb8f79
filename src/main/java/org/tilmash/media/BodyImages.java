package org.tilmash.media;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.springframework.stereotype.Component;
import org.tilmash.i18n.TilmashMessages;

/**
 * Images in an article's body, which editors insert from the gallery. The stored body names only the rendition
 * ({@code <img src alt>}, as the sanitizer keeps it); everything else comes from the gallery when the body is shown:
 * the alt text in the shown version's language (so a translation shows its own without anyone touching its HTML),
 * every rendition as {@code srcset} with {@code sizes}, the proportions for layout, and the caption and credit under
 * an image that stands in a paragraph of its own.
 */
@Component
public class BodyImages {

    /** The body column is at most about 46rem wide in the themes and the back office; narrower screens get all of it. */
    static final String SIZES = "(min-width: 48rem) 46rem, 100vw";

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    private final TilmashMessages messages;
    private final Gallery gallery;

    BodyImages(TilmashMessages messages, Gallery gallery) {
        this.messages = messages;
        this.gallery = gallery;
    }

    /** The body with the article's gallery as it is now, not as approved: for the back office. */
    public String render(Long articleId, String body, String language, Locale locale) {
        return render(body, gallery.of(articleId), language, locale);
    }

    /**
     * The body as it is shown, its gallery images completed from {@code gallery} with their texts in {@code language};
     * {@code locale} is the page's, for the photo credit's wording.
     */
    public String render(String body, List<Image> gallery, String language, Locale locale) {
        if (body == null || !body.contains("<img")) {
            return body == null ? "" : body;
        }
        Document document = Jsoup.parseBodyFragment(body);
        for (Element img : document.select("img")) {
            Optional<Image> image = find(gallery, img.attr("src"));
            if (image.isEmpty()) {
                continue;
            }
            ImageText text = image.get().text(language);
            complete(img, image.get(), text);
            Element paragraph = img.parent();
            if (paragraph != null && paragraph.nameIs("p") && holdsOnly(paragraph, img)) {
                figure(paragraph, img, text, locale);
            }
        }
        document.outputSettings(OUTPUT);
        return document.body().html();
    }

    /** The sources of the body's images, in order, as stored. */
    public static List<String> sources(String body) {
        if (body == null || !body.contains("<img")) {
            return List.of();
        }
        return Jsoup.parseBodyFragment(body).select("img").stream()
                .map(img -> img.attr("src"))
                .toList();
    }

    static Optional<Image> find(List<Image> gallery, String src) {
        return gallery.stream().filter(image -> image.serves(src)).findFirst();
    }

    private static void complete(Element img, Image image, ImageText text) {
        Image.Rendition largest = image.renditions().getLast();
        img.attr("src", image.renditionFor(960).url())
                .attr("srcset", image.srcset())
                .attr("sizes", SIZES)
                .attr("width", String.valueOf(largest.width()))
                .attr("height", String.valueOf(image.heightAt(largest.width())))
                .attr("alt", text.alt())
                .attr("loading", "lazy")
                .attr("decoding", "async");
    }

    private static boolean holdsOnly(Element paragraph, Element img) {
        for (Node child : paragraph.childNodes()) {
            boolean blank = child instanceof TextNode textNode && textNode.isBlank();
            boolean lineBreak = child instanceof Element element && element.nameIs("br");
            if (child != img && !blank && !lineBreak) {
                return false;
            }
        }
        return true;
    }

    private void figure(Element paragraph, Element img, ImageText text, Locale locale) {
        Element figure = new Element("figure").addClass("body-image");
        figure.appendChild(img.clone());
        if (!text.caption().isEmpty() || !text.credit().isEmpty()) {
            Element caption = figure.appendElement("figcaption");
            if (!text.caption().isEmpty()) {
                caption.appendElement("span").addClass("caption").text(text.caption());
            }
            if (!text.credit().isEmpty()) {
                caption.appendText(" ");
                caption.appendElement("span")
                        .addClass("credit")
                        .text(messages.getMessage(
                                "media.site.credit", new Object[] {Map.of("credit", text.credit())}, locale));
            }
        }
        paragraph.replaceWith(figure);
    }
}
