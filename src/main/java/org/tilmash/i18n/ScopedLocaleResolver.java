package org.tilmash.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/** The application's {@code localeResolver}: Tilmash's languages on Tilmash's pages, the host's resolver elsewhere. */
final class ScopedLocaleResolver implements LocaleResolver {

    private final TilmashPaths paths;
    private final LocaleResolver tilmash;
    private final LocaleResolver host;

    ScopedLocaleResolver(TilmashPaths paths, LocaleResolver tilmash, LocaleResolver host) {
        this.paths = paths;
        this.tilmash = tilmash;
        this.host = host;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return choose(request).resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        choose(request).setLocale(request, response, locale);
    }

    private LocaleResolver choose(HttpServletRequest request) {
        return paths.owns(request) ? tilmash : host;
    }
}
