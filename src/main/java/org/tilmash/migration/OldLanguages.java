package org.tilmash.migration;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tilmash.i18n.LanguageRegistry;

/** Which of our languages an old site's language tag means. */
@Component
class OldLanguages {

    /** Joomla's and WordPress's "every language". */
    static final String ALL = "*";

    private final LanguageRegistry registry;
    private final MigrationProperties properties;

    OldLanguages(LanguageRegistry registry, MigrationProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    /**
     * The configured mapping first, then the tag's first part ({@code kk-KZ} → {@code kk}); "all languages" and no
     * tag at all mean the default language. Empty when the language is not one of ours.
     */
    Optional<String> of(String tag) {
        String trimmed = tag.strip();
        if (trimmed.isEmpty() || trimmed.equals(ALL)) {
            return Optional.of(registry.defaultLanguage().code());
        }
        String mapped = properties.getLanguages().get(trimmed);
        String code = mapped != null ? mapped : trimmed.split("[-_@]", 2)[0].toLowerCase(Locale.ROOT);
        return registry.isEnabled(code) ? Optional.of(code) : Optional.empty();
    }
}
