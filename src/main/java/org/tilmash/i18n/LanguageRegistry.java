package org.tilmash.i18n;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** The languages Tilmash speaks, read from configuration once at start-up. */
@Component
public class LanguageRegistry {

    private final Map<String, Language> enabled;
    private final List<Language> sources;
    private final List<Language> pivots;
    private final Language defaultLanguage;
    private final ZoneId timeZone;

    LanguageRegistry(LanguageProperties properties) {
        Map<String, Language> languages = new LinkedHashMap<>();
        properties.getLanguages().forEach((code, config) -> {
            if (config.isEnabled()) {
                languages.put(code, toLanguage(code, config));
            }
        });
        if (languages.isEmpty()) {
            throw new IllegalStateException("tilmash.i18n.languages configures no enabled language");
        }
        languages.values().forEach(language -> checkFallbacks(language, languages));
        this.enabled = Collections.unmodifiableMap(languages);
        List<Language> marked = flagged(languages, properties, LanguageProperties.LanguageConfig::isSource);
        this.defaultLanguage = Optional.ofNullable(languages.get(properties.getDefaultLanguage()))
                .orElseThrow(() -> new IllegalStateException(
                        "tilmash.i18n.default-language " + properties.getDefaultLanguage() + " is not enabled"));
        this.timeZone = properties.getTimeZone();
        // A configuration that marks no source language still lets editors write in the default language.
        this.sources = marked.isEmpty() ? List.of(defaultLanguage) : marked;
        this.pivots = languages.values().stream()
                .filter(language -> sources.contains(language)
                        || properties.getLanguages().get(language.code()).isPivot())
                .toList();
    }

    private static Language toLanguage(String code, LanguageProperties.LanguageConfig config) {
        String nativeName = config.getNativeName() == null ? code : config.getNativeName();
        return new Language(code, nativeName, config.getScript(), config.getDirection(), config.getFallbacks());
    }

    private static List<Language> flagged(
            Map<String, Language> languages,
            LanguageProperties properties,
            Predicate<LanguageProperties.LanguageConfig> flag) {
        return languages.values().stream()
                .filter(language -> flag.test(properties.getLanguages().get(language.code())))
                .toList();
    }

    private static void checkFallbacks(Language language, Map<String, Language> languages) {
        for (String fallback : language.fallbacks()) {
            if (!languages.containsKey(fallback) || fallback.equals(language.code())) {
                throw new IllegalStateException(
                        "Language " + language.code() + " falls back to " + fallback + ", which is not enabled");
            }
        }
    }

    /** Enabled languages in configured order. */
    public List<Language> all() {
        return List.copyOf(enabled.values());
    }

    public List<String> codes() {
        return List.copyOf(enabled.keySet());
    }

    public Optional<Language> find(String code) {
        return Optional.ofNullable(code == null ? null : enabled.get(code));
    }

    public boolean isEnabled(String code) {
        return code != null && enabled.containsKey(code);
    }

    public Language require(String code) {
        return find(code).orElseThrow(() -> new UnknownLanguageException(code));
    }

    /** The languages an article may be written in first, in configured order. */
    public List<Language> sources() {
        return sources;
    }

    public boolean isSource(String code) {
        return sources.stream().anyMatch(language -> language.code().equals(code));
    }

    /** The languages translators may translate from, in configured order: every source language and the pivots. */
    public List<Language> pivots() {
        return pivots;
    }

    public Language defaultLanguage() {
        return defaultLanguage;
    }

    /** The time zone readers see dates in. */
    public ZoneId timeZone() {
        return timeZone;
    }

    /** The language itself followed by its fallbacks, e.g. {@code [kk, ru, en]}. */
    public List<Language> chain(Language language) {
        List<Language> chain = new ArrayList<>();
        chain.add(language);
        language.fallbacks().stream().map(enabled::get).forEach(chain::add);
        return chain;
    }
}
