package org.tilmash.site;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.LocaleResolver;

/** {@code /} sends readers to their language: the {@code lang} cookie, else Accept-Language, else the default. */
@Controller
class EntryController {

    private final LocaleResolver localeResolver;

    EntryController(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    @GetMapping("/")
    String enter(HttpServletRequest request) {
        return "redirect:/" + localeResolver.resolveLocale(request).getLanguage() + "/";
    }
}
