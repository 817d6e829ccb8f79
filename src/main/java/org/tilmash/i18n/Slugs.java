package org.tilmash.i18n;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Turns titles into URL slugs with ICU transliteration, per language, the way each language's press romanizes:
 * Kazakh {@code қ} becomes {@code q}, Azerbaijani {@code ə} becomes {@code e}, Tajik {@code ё} becomes {@code yo}.
 * The rules come from each language's configuration ({@code transliteration-rules}, then {@code transliterator});
 * letters of the region's other alphabets, which that romanization does not know, get {@link RegionLetters}' spelling.
 */
@Component
public class Slugs {

    private static final int MAX_LENGTH = 80;

    /**
     * Marks inside words that no romanization spells out: apostrophes (English {@code it's}, the Uzbek okina in
     * {@code oʻ} and tutuq belgisi in {@code maʼlumot}), the soft and hard signs BGN writes as primes, and BGN's
     * middle dot. Replacing them by a hyphen would split the word, so they go before and after transliteration.
     */
    private static final String WORD_INTERNAL =
            "[\\u0027\\u0060\\u00B4\\u02B9\\u02BA\\u02BB\\u02BC\\u02BD\\u2018\\u2019"
                    + "\\u201B\\u00B7\\u0022\\u201D\\u201C] > ;";

    private static final String TO_ASCII = "::Any-Latin;\n::Latin-ASCII;\n::Lower;\n";

    private final Map<String, Transliterator> byLanguage = new ConcurrentHashMap<>();
    private final LanguageProperties properties;

    Slugs(LanguageProperties properties) {
        this.properties = properties;
    }

    public String slugify(String title, String languageCode) {
        String latin = transliterator(languageCode).transliterate(title == null ? "" : title);
        String slug =
                latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    private Transliterator transliterator(String languageCode) {
        return byLanguage.computeIfAbsent(languageCode, code -> {
            LanguageProperties.LanguageConfig config = properties.getLanguages().get(code);
            String id = config == null ? "Any-Latin" : config.getTransliterator();
            String rules = config == null ? "" : config.getTransliterationRules();
            String all = WORD_INTERNAL + "\n" + rules + "\n" + RegionLetters.rulesForLettersForeignTo(code) + "\n::"
                    + id + ";\n" + TO_ASCII + WORD_INTERNAL + "\n";
            return Transliterator.createFromRules(code + "-slug", all, Transliterator.FORWARD);
        });
    }
}
