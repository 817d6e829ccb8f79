package org.tilmash.i18n;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.LocalePriorityList;
import com.ibm.icu.util.ULocale;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * Decides the language of a request: the language segment of the path ({@code /kk/...}) first, then the asker's
 * {@link LanguagePreference}s, then the {@code lang} cookie, then the best match for {@code Accept-Language} among enabled languages (ICU {@link LocaleMatcher}), then
 * the default language.
 */
final class LanguageLocaleResolver implements LocaleResolver {

    static final String COOKIE = "lang";
    private static final Duration COOKIE_AGE = Duration.ofDays(365);

    private final LanguageRegistry languages;
    private final TilmashPaths paths;
    private final List<LanguagePreference> preferences;
    private final LocaleMatcher matcher;

    LanguageLocaleResolver(LanguageRegistry languages, TilmashPaths paths, List<LanguagePreference> preferences) {
        this.languages = languages;
        this.paths = paths;
        this.preferences = List.copyOf(preferences);
        List<ULocale> supported = new ArrayList<>();
        languages.all().forEach(language -> supported.add(language.uLocale()));
        this.matcher = LocaleMatcher.builder()
                .setSupportedULocales(supported)
                .setDefaultULocale(languages.defaultLanguage().uLocale())
                .build();
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String path = TilmashPaths.pathOf(request);
        return fromPath(path)
                .or(() -> fromPreferences(path))
                .or(() -> fromCookie(request))
                .or(() -> fromAcceptLanguage(request))
                .orElse(languages.defaultLanguage())
                .locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || !languages.isEnabled(locale.getLanguage())) {
            return;
        }
        ResponseCookie cookie = ResponseCookie.from(COOKIE, locale.getLanguage())
                .path("/")
                .maxAge(COOKIE_AGE)
                .sameSite("Lax")
                .httpOnly(true)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private Optional<Language> fromPath(String fullPath) {
        String within = paths.withinSite(fullPath);
        String path = within == null ? fullPath : within;
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.indexOf('/', start);
        return languages.find(end < 0 ? path.substring(start) : path.substring(start, end));
    }

    private Optional<Language> fromPreferences(String path) {
        return preferences.stream()
                .map(preference -> preference.preferredLanguage(path).flatMap(languages::find))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Optional<Language> fromCookie(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        return cookie == null ? Optional.empty() : languages.find(cookie.getValue());
    }

    private Optional<Language> fromAcceptLanguage(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return bestMatch(LocalePriorityList.add(header).build());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * Matches on the language subtag only: we offer one variant per language, and a reader asking for
     * {@code uz-Cyrl-UZ} wants Uzbek rather than the nearest Cyrillic language.
     */
    private Optional<Language> bestMatch(LocalePriorityList desired) {
        LocalePriorityList.Builder languageOnly = LocalePriorityList.add();
        for (ULocale locale : desired) {
            languageOnly.add(new ULocale(locale.getLanguage()), desired.getWeight(locale));
        }
        LocaleMatcher.Result result = matcher.getBestMatchResult(languageOnly.build());
        return result.getDesiredIndex() < 0
                ? Optional.empty()
                : languages.find(result.getSupportedULocale().getLanguage());
    }
}
