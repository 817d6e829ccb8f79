package org.tilmash.i18n;

import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;

/**
 * One configured language.
 *
 * @param code BCP 47 language code used in URLs and bundles, e.g. {@code kk}
 * @param nativeName the name readers of the language know it by, e.g. {@code Қазақша}
 * @param script ISO 15924 script code, e.g. {@code Cyrl}
 * @param direction text direction of the language
 * @param fallbacks languages to try, in order, when text is missing in this one
 */
public record Language(String code, String nativeName, String script, Direction direction, List<String> fallbacks) {

    public enum Direction {
        LTR,
        RTL;

        /** The value of an HTML {@code dir} attribute. */
        public String html() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Language {
        fallbacks = List.copyOf(fallbacks);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public ULocale uLocale() {
        return ULocale.forLanguageTag(code);
    }

    public String dir() {
        return direction.html();
    }

    public boolean rightToLeft() {
        return direction == Direction.RTL;
    }
}
