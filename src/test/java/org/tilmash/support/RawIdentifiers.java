package org.tilmash.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds what must never reach a reader: enum constants (states, roles, reasons, actions) and bare language codes. A
 * code is only found standing alone in text, not inside a word, address or file name.
 */
public final class RawIdentifiers {

    private static final Pattern CONSTANT = Pattern.compile(
            "\\b(?:[A-Z]+_[A-Z_]+|DRAFT|IN_REVIEW|PUBLISHED|UNPUBLISHED|SCHEDULED|OUTDATED|NEW|ADMIN|EDITOR|TRANSLATOR"
                    + "|REVIEWER|TITLE|INTRO|BLOCK|LTR|RTL|CREATED|SAVED|RESTORED|SUBMITTED|APPROVED)\\b");
    private static final List<String> CODES = List.of("en", "ru", "kk", "ky", "tg", "tk", "uz", "az", "fa");
    private static final List<String> ATTRIBUTES = List.of("title", "alt", "aria-label", "placeholder");

    private RawIdentifiers() {}

    /** The identifiers in {@code text}, which is written in {@code language}. */
    public static List<String> in(String text, String language) {
        List<String> found = new ArrayList<>();
        Matcher constant = CONSTANT.matcher(text);
        while (constant.find()) {
            found.add(constant.group());
        }
        for (String code : CODES) {
            // Azerbaijani «az» is a word (a little), not a code, in Azerbaijani text.
            if (code.equals("az") && language.equals("az")) {
                continue;
            }
            Matcher bare = Pattern.compile("(?<![\\p{L}\\p{N}/._\\-])" + code + "(?![\\p{L}\\p{N}/._\\-])")
                    .matcher(text);
            if (bare.find()) {
                int from = Math.max(0, bare.start() - 40);
                found.add(code + " in …" + text.substring(from, Math.min(text.length(), bare.end() + 20)) + "…");
            }
        }
        return found;
    }

    /**
     * What writers wrote (titles, intros, article text, marked with their own {@code lang} or linking to the article)
     * may say anything, «Visible en» included; only the words Tilmash puts around them are checked.
     */
    private static final String WRITTEN_CONTENT = "body [lang], .teaser h2, .teaser .intro, .more .visually-hidden,"
            + " article.story, a[href^=/admin/articles/], nav.neighbours .title";

    /** The identifiers in what a page shows: its text and its visible attributes, without what writers wrote. */
    public static List<String> in(Document original) {
        Document page = original.clone();
        page.select(WRITTEN_CONTENT).remove();
        String language = page.select("html").attr("lang");
        String attributes = page.getAllElements().stream()
                .flatMap(element -> ATTRIBUTES.stream().map(element::attr))
                .filter(value -> !value.isBlank())
                .reduce("", (a, b) -> a + "\n" + b);
        String options = page.select("option").stream().map(Element::text).reduce("", (a, b) -> a + "\n" + b);
        return Stream.of(page.title(), page.body().text(), attributes, options)
                .flatMap(text -> in(text, language).stream())
                .distinct()
                .toList();
    }
}
