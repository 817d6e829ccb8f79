package org.tilmash.site;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;
import org.tilmash.i18n.LanguageRegistry;

/**
 * Remembers the language a reader chose, by visiting a page in it, in the {@code lang} cookie that {@code /} reads.
 * The cookie is only sent when it changes, and such a response is private to the reader.
 */
final class LanguageCookieInterceptor implements HandlerInterceptor {

    static final String COOKIE_CHANGED = LanguageCookieInterceptor.class.getName() + ".changed";
    private static final String COOKIE = "lang";

    private final LanguageRegistry languages;
    private final LocaleResolver localeResolver;

    LanguageCookieInterceptor(LanguageRegistry languages, LocaleResolver localeResolver) {
        this.languages = languages;
        this.localeResolver = localeResolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(variables instanceof Map<?, ?> map) || !(map.get("lang") instanceof String lang)) {
            return true;
        }
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        if (languages.isEnabled(lang) && (cookie == null || !lang.equals(cookie.getValue()))) {
            localeResolver.setLocale(request, response, languages.require(lang).locale());
            request.setAttribute(COOKIE_CHANGED, Boolean.TRUE);
        }
        return true;
    }
}
