package org.tilmash.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A field a host application adds to every article, such as an event's date or the country a story is about: declare
 * it as a bean and editors set it beside the article's date and section, and the theme shows it to readers. Its value
 * belongs to the article, shared by all language versions; dates and countries are written in each reader's language.
 *
 * @param key the field's name in forms, templates ({@code fields}) and the database: a letter, then letters, digits or
 *     hyphens
 * @param labels what the field is called, by language code ({@code en}, {@code ru}, …); a language without a label
 *     uses its fallbacks', then English
 * @param countries for {@link Kind#COUNTRY}, the ISO 3166 codes editors choose from (listed by name in their language);
 *     empty for every country
 */
public record ArticleField(String key, Kind kind, Map<String, String> labels, List<String> countries) {

    /** What a field holds, and so how editors enter it and readers see it. */
    public enum Kind {
        /** A line of text, shown as written, in every language. */
        TEXT,
        /** A calendar day, written as each language writes dates. */
        DATE,
        /** A country, named in each reader's language. */
        COUNTRY
    }

    /** The longest value a field holds, in characters. */
    public static final int MAX_TEXT = 200;

    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]{0,59}");

    public ArticleField {
        Objects.requireNonNull(kind, "kind");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(
                    "An article field's key is a letter, then letters, digits or hyphens: " + key);
        }
        labels = Map.copyOf(labels);
        countries = countries.stream()
                .map(code -> code.toUpperCase(java.util.Locale.ROOT))
                .toList();
    }

    public static ArticleField text(String key, Map<String, String> labels) {
        return new ArticleField(key, Kind.TEXT, labels, List.of());
    }

    public static ArticleField date(String key, Map<String, String> labels) {
        return new ArticleField(key, Kind.DATE, labels, List.of());
    }

    public static ArticleField country(String key, Map<String, String> labels, String... countries) {
        return new ArticleField(key, Kind.COUNTRY, labels, List.of(countries));
    }

    /** The label in the first of {@code languages} that has one, else in English, else the key. */
    String label(List<String> languages) {
        return languages.stream()
                .map(labels::get)
                .filter(Objects::nonNull)
                .findFirst()
                .orElseGet(() -> labels.getOrDefault("en", key));
    }
}
