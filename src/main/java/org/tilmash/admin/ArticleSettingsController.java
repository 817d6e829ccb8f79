package org.tilmash.admin;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.tilmash.content.NoSuchSectionException;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.workflow.ArticleSettings;

/** Editors set what all language versions of an article share: its date and its section. */
@Controller
@PreAuthorize("@permissions.canManageArticles()")
class ArticleSettingsController {

    private final ArticleSettings settings;
    private final LanguageRegistry languages;

    ArticleSettingsController(ArticleSettings settings, LanguageRegistry languages) {
        this.settings = settings;
        this.languages = languages;
    }

    @PostMapping("/articles/{id}/settings")
    String save(
            @PathVariable Long id,
            @RequestParam String back,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Optional<LocalDateTime> dateline,
            @RequestParam Long sectionId,
            RedirectAttributes redirect) {
        try {
            Flash.outcome(
                    redirect,
                    "article.settings.saved",
                    () -> settings.change(
                            id,
                            dateline.map(
                                    local -> local.atZone(languages.timeZone()).toInstant()),
                            sectionId));
        } catch (NoSuchSectionException stale) {
            Flash.refused(redirect, "article.error.section", Map.of());
        }
        String language = languages
                .find(back)
                .map(found -> found.code())
                .orElse(languages.defaultLanguage().code());
        return "redirect:"
                + UriComponentsBuilder.fromPath("/admin/articles/{id}/{lang}")
                        .buildAndExpand(id, language)
                        .toUriString();
    }
}
