package org.tilmash.i18n;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code tilmash.i18n.*}: the languages the site speaks and where their bundles live. */
@Validated
@ConfigurationProperties("tilmash.i18n")
public class LanguageProperties {

    /** Language used when nothing else decides. Must be one of {@link #languages}. */
    private String defaultLanguage = "en";

    /** Time zone in which dates are shown to readers and schedules are entered. */
    private ZoneId timeZone = ZoneId.of("Asia/Almaty");

    /** Folder whose bundles override the built-in ones, key by key, when it exists. */
    private Path bundlesDir = Path.of("i18n");

    /**
     * The English readers expect: {@code en-GB} (4 June 2026) suits an international agency, {@code en-US}
     * (June 4, 2026) an American audience. Used for English dates and numbers.
     */
    private Locale englishLocale = Locale.forLanguageTag("en-GB");

    /** The languages, in the order they are offered to readers. */
    private Map<String, LanguageConfig> languages = new LinkedHashMap<>();

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    public Path getBundlesDir() {
        return bundlesDir;
    }

    public void setBundlesDir(Path bundlesDir) {
        this.bundlesDir = bundlesDir;
    }

    public Locale getEnglishLocale() {
        return englishLocale;
    }

    public void setEnglishLocale(Locale englishLocale) {
        this.englishLocale = englishLocale;
    }

    public Map<String, LanguageConfig> getLanguages() {
        return languages;
    }

    public void setLanguages(Map<String, LanguageConfig> languages) {
        this.languages = languages;
    }

    public static class LanguageConfig {

        private String nativeName;
        private String script = "Latn";
        private Language.Direction direction = Language.Direction.LTR;
        private List<String> fallbacks = List.of();
        private boolean enabled = true;

        /** ICU transliteration rules applied before {@link #transliterator} when making slugs. */
        private String transliterationRules = "";

        /** ICU transliterator ID that turns titles of this language into Latin for slugs. */
        private String transliterator = "Any-Latin";

        /**
         * ICU date pattern for dates readers see, where CLDR's long format is not what the language's press writes
         * (e.g. Tajik {@code d MMMM y}); empty for CLDR's long format.
         */
        private String datePattern = "";

        /** The twelve month names {@link #datePattern} writes for {@code MMMM}, when CLDR's are not the press's. */
        private List<String> monthNames = List.of();

        /**
         * ICU pattern for a date with its time (article pages, the back office), where CLDR joins them otherwise than
         * the language writes (Azerbaijani {@code d MMMM y/HH:mm}); empty for CLDR's, or for {@link #datePattern}
         * followed by a comma and the short time when that is set.
         */
        private String dateTimePattern = "";

        public String getDateTimePattern() {
            return dateTimePattern;
        }

        public void setDateTimePattern(String dateTimePattern) {
            this.dateTimePattern = dateTimePattern;
        }

        public List<String> getMonthNames() {
            return monthNames;
        }

        public void setMonthNames(List<String> monthNames) {
            this.monthNames = monthNames;
        }

        /** ICU collation tailoring, for languages CLDR has no collation for (e.g. Tajik); empty for CLDR's. */
        private String collationRules = "";

        public String getDatePattern() {
            return datePattern;
        }

        public void setDatePattern(String datePattern) {
            this.datePattern = datePattern;
        }

        public String getCollationRules() {
            return collationRules;
        }

        public void setCollationRules(String collationRules) {
            this.collationRules = collationRules;
        }

        public String getNativeName() {
            return nativeName;
        }

        public void setNativeName(String nativeName) {
            this.nativeName = nativeName;
        }

        public String getScript() {
            return script;
        }

        public void setScript(String script) {
            this.script = script;
        }

        public Language.Direction getDirection() {
            return direction;
        }

        public void setDirection(Language.Direction direction) {
            this.direction = direction;
        }

        public List<String> getFallbacks() {
            return fallbacks;
        }

        public void setFallbacks(List<String> fallbacks) {
            this.fallbacks = fallbacks;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getTransliterationRules() {
            return transliterationRules;
        }

        public void setTransliterationRules(String transliterationRules) {
            this.transliterationRules = transliterationRules;
        }

        public String getTransliterator() {
            return transliterator;
        }

        public void setTransliterator(String transliterator) {
            this.transliterator = transliterator;
        }

        /** Editors may write articles in it (an article's original language). */
        private boolean source;

        /** Translators may translate from it when it is live. */
        private boolean pivot;

        public boolean isSource() {
            return source;
        }

        public void setSource(boolean source) {
            this.source = source;
        }

        public boolean isPivot() {
            return pivot || source;
        }

        public void setPivot(boolean pivot) {
            this.pivot = pivot;
        }
    }
}
