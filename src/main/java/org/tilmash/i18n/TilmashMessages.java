package org.tilmash.i18n;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * Tilmash's own texts: the ICU bundles in {@code i18n/}. Every module asks this, never the application's
 * {@code messageSource}, which inside a host application is the host's for the host's pages. Deliberately not a
 * {@link MessageSource} bean, so a host's code asking for "the" message source never finds two.
 */
public final class TilmashMessages {

    private final MessageSource bundles;

    TilmashMessages(MessageSource bundles) {
        this.bundles = bundles;
    }

    public String getMessage(String code, Object @Nullable [] args, Locale locale) {
        return bundles.getMessage(code, args, locale);
    }

    public @Nullable String getMessage(
            String code, Object @Nullable [] args, @Nullable String defaultMessage, Locale locale) {
        return bundles.getMessage(code, args, defaultMessage, locale);
    }

    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        return bundles.getMessage(resolvable, locale);
    }

    /** The bundles as Spring's message source, for Tilmash's template engine and validation. */
    public MessageSource asMessageSource() {
        return bundles;
    }
}
