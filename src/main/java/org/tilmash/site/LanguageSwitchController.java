package org.tilmash.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.tilmash.i18n.Language;

/**
 * The language switcher's links: {@code /language/{lang}?to=/kk/news/…} remembers the reader's choice in the
 * {@code lang} cookie (which {@code /} reads) and redirects to the page in that language. This private, uncached
 * redirect is the only response that sets the cookie: the pages themselves never do, so shared caches may keep them.
 * Only a path of this site in the chosen language is followed; anything else leads to the language's home page.
 */
@Controller
class LanguageSwitchController {

    private final ReaderContext context;
    private final LocaleResolver localeResolver;

    LanguageSwitchController(ReaderContext context, LocaleResolver localeResolver) {
        this.context = context;
        this.localeResolver = localeResolver;
    }

    @GetMapping(SiteUrls.SWITCH + "{lang}")
    ModelAndView choose(
            @PathVariable String lang,
            @RequestParam(required = false) String to,
            HttpServletRequest request,
            HttpServletResponse response) {
        Language language = context.language(lang);
        localeResolver.setLocale(request, response, language.locale());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        RedirectView view = new RedirectView(safeTarget(lang, to), true);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }

    /** {@code to} if it is a plain path of this site under the language's prefix, else the language's home page. */
    static String safeTarget(String lang, String to) {
        String home = SiteUrls.home(lang);
        if (to == null || !to.startsWith(home) || to.length() > 2000) {
            return home;
        }
        for (int i = 0; i < to.length(); i++) {
            char c = to.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return home;
            }
        }
        return to.contains("//") || to.contains("/../") || to.contains("/./") ? home : to;
    }
}
