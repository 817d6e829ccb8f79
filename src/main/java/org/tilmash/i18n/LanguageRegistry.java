package org.tilmash.i18n;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The languages Tilmash speaks, read from configuration once at start-up. */
@Component
public class LanguageRegistry {

    private final Map<String, Language> enabled;
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
        this.defaultLanguage = Optional.ofNullable(languages.get(properties.getDefaultLanguage()))
                .orElseThrow(() -> new IllegalStateException(
                        "tilmash.i18n.default-language " + properties.getDefaultLanguage() + " is not enabled"));
        this.timeZone = properties.getTimeZone();
    }

    private static Language toLanguage(String code, LanguageProperties.LanguageConfig config) {
        String nativeName = config.getNativeName() == null ? code : config.getNativeName();
        return new Language(code, nativeName, config.getScript(), config.getDirection(), config.getFallbacks());
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
