package org.tilmash.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An article's text cut into the units translators work on: the title, the intro, and each top-level block of the
 * body (paragraph, heading, list, quote). Source and translation segments are aligned by position.
 */
public final class Segments {

    private Segments() {}

    public enum Kind {
        TITLE,
        INTRO,
        BLOCK
    }

    /**
     * @param tag the block's element name, e.g. {@code p} or {@code h2}; empty for title and intro
     * @param html the block's inner HTML, with its inline markup; plain text for title and intro
     * @param text what a reader reads, without markup
     */
    public record Segment(Kind kind, String tag, String html, String text) {

        /**
         * A block that holds images and no text, such as a photo in a paragraph of its own: there is nothing to
         * translate, so a translation carries it over as it is (its alt text comes from the gallery in the
         * translation's language when it is shown).
         */
        public boolean carried() {
            return kind == Kind.BLOCK && text.isBlank() && html.contains("<img");
        }
    }

    public static List<Segment> of(ArticleText article) {
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment(Kind.TITLE, "", article.title(), article.title()));
        segments.add(new Segment(Kind.INTRO, "", article.intro(), article.intro()));
        for (Element block : Jsoup.parseBodyFragment(article.body()).body().children()) {
            segments.add(new Segment(Kind.BLOCK, block.tagName(), block.html(), block.text()));
        }
        return segments;
    }

    /**
     * Puts translated segments back into the shape of the source: same blocks, same order, translated content; blocks
     * that are only images are the source's, whatever was sent for them.
     */
    public static ArticleText assemble(List<Segment> source, List<String> translated) {
        StringBuilder body = new StringBuilder();
        for (int i = 2; i < source.size(); i++) {
            Segment segment = source.get(i);
            String tag = segment.tag();
            String content = segment.carried() ? segment.html() : i < translated.size() ? translated.get(i) : "";
            if (!content.isBlank()) {
                body.append('<')
                        .append(tag)
                        .append('>')
                        .append(content.strip())
                        .append("</")
                        .append(tag)
                        .append('>');
            }
        }
        return new ArticleText(at(translated, 0), at(translated, 1), body.toString());
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index).strip() : "";
    }
}
