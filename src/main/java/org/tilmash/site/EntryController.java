package org.tilmash.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /} sends readers to their language: the {@code lang} cookie, else Accept-Language, else the default. The
 * old site's links to its root ({@code /?p=123}, {@code /?option=com_content&view=article&id=123}) go where they led.
 * A language's address typed without its final slash ({@code /ru}) leads to its home page.
 */
@Controller
class EntryController {

    private final LocaleResolver localeResolver;
    private final LegacyRedirects legacy;
    private final ReaderContext context;

    EntryController(LocaleResolver localeResolver, LegacyRedirects legacy, ReaderContext context) {
        this.localeResolver = localeResolver;
        this.legacy = legacy;
        this.context = context;
    }

    @GetMapping("/")
    ModelAndView enter(HttpServletRequest request) {
        if (request.getQueryString() != null) {
            Optional<ModelAndView> old = legacy.redirect(request);
            if (old.isPresent()) {
                return old.get();
            }
        }
        return new ModelAndView(
                "redirect:/" + localeResolver.resolveLocale(request).getLanguage() + "/");
    }

    @GetMapping("/{lang:[a-z]{2,3}}")
    ModelAndView languageHome(@PathVariable String lang) {
        return Redirects.permanent(SiteUrls.home(context.language(lang).code()));
    }
}
