package org.tilmash.content;

import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashTransactional;
import org.tilmash.i18n.IcuFormats;
import org.tilmash.i18n.InputText;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;

/**
 * The {@link ArticleField}s the application defines, their values on an article, and how editors and readers see them:
 * a date as the reader's language writes dates, a country by its name in that language.
 */
@Service
@TilmashTransactional(readOnly = true)
public class ArticleFields {

    private static final Set<String> ALL_COUNTRIES = Set.of(ULocale.getISOCountries());

    private final List<ArticleField> definitions;
    private final ArticleFieldValueRepository values;
    private final IcuFormats formats;
    private final LanguageRegistry languages;

    ArticleFields(
            ObjectProvider<ArticleField> definitions,
            ArticleFieldValueRepository values,
            IcuFormats formats,
            LanguageRegistry languages) {
        this.definitions = definitions.orderedStream().toList();
        requireDistinctKeys(this.definitions);
        this.values = values;
        this.formats = formats;
        this.languages = languages;
    }

    /**
     * A field as the article's settings form shows it, in the editor's language: {@code value} as stored (empty when
     * not set), {@code text} as written for people.
     */
    public record Input(
            String key, ArticleField.Kind kind, String label, String value, String text, List<Choice> choices) {}

    /** One country an editor may choose. */
    public record Choice(String code, String name) {}

    /** A field with a value, as readers see it: {@code value} is the stored form, e.g. for {@code <time datetime>}. */
    public record Shown(String key, ArticleField.Kind kind, String label, String text, String value) {}

    public List<ArticleField> definitions() {
        return definitions;
    }

    /** The article's values by field key; fields without a value are absent. */
    public Map<String, String> values(Long articleId) {
        if (definitions.isEmpty()) {
            return Map.of();
        }
        return values.findByArticleId(articleId).stream()
                .filter(value -> find(value.field()).isPresent())
                .collect(Collectors.toMap(
                        ArticleFieldValue::field, ArticleFieldValue::value, (a, b) -> a, java.util.TreeMap::new));
    }

    /** Every field, with the article's value, for editors working in {@code locale}. */
    public List<Input> inputs(Long articleId, Locale locale) {
        Map<String, String> current = values(articleId);
        return definitions.stream()
                .map(field -> new Input(
                        field.key(),
                        field.kind(),
                        label(field, locale),
                        current.getOrDefault(field.key(), ""),
                        current.containsKey(field.key()) ? text(field, current.get(field.key()), locale) : "",
                        field.kind() == ArticleField.Kind.COUNTRY ? choices(field, locale) : List.of()))
                .toList();
    }

    /** The fields that have a value on the article, for readers of {@code language}. */
    public List<Shown> shown(Long articleId, Language language) {
        Map<String, String> current = values(articleId);
        return definitions.stream()
                .filter(field -> current.containsKey(field.key()))
                .map(field -> {
                    String value = current.get(field.key());
                    return new Shown(
                            field.key(),
                            field.kind(),
                            field.label(chain(language)),
                            text(field, value, language.locale()),
                            value);
                })
                .toList();
    }

    /**
     * Stored values as {@code values} holds them (an audit entry's, say), for a reader of {@code locale}: the fields the
     * application defines, in its order, each labelled and written as the locale writes a date or names a country.
     */
    public List<Shown> describe(Map<String, String> values, Locale locale) {
        return definitions.stream()
                .filter(field -> values.containsKey(field.key()))
                .map(field -> {
                    String value = values.get(field.key());
                    return new Shown(
                            field.key(), field.kind(), label(field, locale), text(field, value, locale), value);
                })
                .toList();
    }

    /**
     * The submitted values as they will be stored, by field key: text normalized, empty values left out, fields the
     * application does not define ignored.
     *
     * @throws FieldRefusedException naming the first field whose value cannot be stored, in {@code locale}
     */
    public Map<String, String> checked(Map<String, String> submitted, Locale locale) {
        Map<String, String> checked = new java.util.TreeMap<>();
        for (ArticleField field : definitions) {
            String raw = submitted.getOrDefault(field.key(), "");
            if (InputText.hasNul(raw)) {
                throw new FieldRefusedException(label(field, locale), "article.field.error.text");
            }
            String value = InputText.normalize(raw).strip();
            if (!value.isEmpty()) {
                checked.put(field.key(), valid(field, value, locale));
            }
        }
        return checked;
    }

    private String valid(ArticleField field, String value, Locale locale) {
        switch (field.kind()) {
            case TEXT -> {
                if (value.length() > ArticleField.MAX_TEXT) {
                    throw new FieldRefusedException(label(field, locale), "article.field.error.text");
                }
                return value;
            }
            case DATE -> {
                try {
                    return LocalDate.parse(value).toString();
                } catch (DateTimeParseException notADate) {
                    throw new FieldRefusedException(label(field, locale), "article.field.error.date");
                }
            }
            case COUNTRY -> {
                String code = value.toUpperCase(Locale.ROOT);
                if (!countries(field).contains(code)) {
                    throw new FieldRefusedException(label(field, locale), "article.field.error.country");
                }
                return code;
            }
            default -> throw new IllegalStateException("Unknown field kind " + field.kind());
        }
    }

    private String text(ArticleField field, String value, Locale locale) {
        return switch (field.kind()) {
            case TEXT -> value;
            case DATE -> formats.date(LocalDate.parse(value), locale);
            case COUNTRY -> formats.countryName(value, locale);
        };
    }

    private List<Choice> choices(ArticleField field, Locale locale) {
        java.util.Comparator<String> byName = formats.collation(locale);
        return countries(field).stream()
                .map(code -> new Choice(code, formats.countryName(code, locale)))
                .sorted((a, b) -> byName.compare(a.name(), b.name()))
                .toList();
    }

    private static Set<String> countries(ArticleField field) {
        return field.countries().isEmpty() ? ALL_COUNTRIES : Set.copyOf(field.countries());
    }

    private String label(ArticleField field, Locale locale) {
        return languages
                .find(locale.getLanguage())
                .map(language -> field.label(chain(language)))
                .orElseGet(() -> field.label(List.of(locale.getLanguage())));
    }

    /** The language, then the languages its readers are shown instead when it has nothing. */
    private static List<String> chain(Language language) {
        List<String> chain = new java.util.ArrayList<>();
        chain.add(language.code());
        chain.addAll(language.fallbacks());
        return chain;
    }

    private Optional<ArticleField> find(String key) {
        return definitions.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    private static void requireDistinctKeys(List<ArticleField> definitions) {
        Map<String, Long> counts = definitions.stream()
                .collect(Collectors.groupingBy(ArticleField::key, LinkedHashMap::new, Collectors.counting()));
        String twice = counts.entrySet().stream()
                .filter(count -> count.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.joining(", "));
        if (!twice.isEmpty()) {
            throw new IllegalStateException("Article fields are defined twice: " + twice);
        }
    }
}
