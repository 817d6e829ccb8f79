package org.tilmash.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /} sends readers to their language: the {@code lang} cookie, else Accept-Language, else the default. The
 * old site's links to its root ({@code /?p=123}, {@code /?option=com_content&view=article&id=123}) go where they led.
 */
@Controller
class EntryController {

    private final LocaleResolver localeResolver;
    private final LegacyRedirects legacy;

    EntryController(LocaleResolver localeResolver, LegacyRedirects legacy) {
        this.localeResolver = localeResolver;
        this.legacy = legacy;
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
}
