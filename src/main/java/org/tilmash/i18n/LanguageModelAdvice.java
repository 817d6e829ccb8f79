package org.tilmash.i18n;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every view of Tilmash the language it renders in ({@code <html lang dir>}) and the enabled languages; the
 * error controller's too, which renders Tilmash's error pages.
 */
@ControllerAdvice(basePackages = "org.tilmash", assignableTypes = ErrorController.class)
class LanguageModelAdvice {

    private final LanguageRegistry languages;

    LanguageModelAdvice(LanguageRegistry languages) {
        this.languages = languages;
    }

    @ModelAttribute("language")
    Language language(Locale locale) {
        return languages.find(locale.getLanguage()).orElse(languages.defaultLanguage());
    }

    @ModelAttribute("languages")
    List<Language> languages() {
        return languages.all();
    }
}
