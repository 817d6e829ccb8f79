package org.tilmash.i18n;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Turns titles into URL slugs with ICU transliteration, per language: Kazakh {@code қ} becomes {@code q}, Russian
 * follows BGN/PCGN. The rules come from each language's configuration.
 */
@Component
public class Slugs {

    private static final int MAX_LENGTH = 80;
    private static final String TO_ASCII = "; Any-Latin; Latin-ASCII; Lower";

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
            String id = (config == null ? "Any-Latin" : config.getTransliterator()) + TO_ASCII;
            String rules = config == null ? "" : config.getTransliterationRules();
            if (rules.isBlank()) {
                return Transliterator.getInstance(id);
            }
            return Transliterator.createFromRules(
                    code + "-slug", rules + "\n::" + id.replace(";", ";\n::") + ";", Transliterator.FORWARD);
        });
    }
}
