package org.tilmash.admin;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.tilmash.content.ArticleField;
import org.tilmash.content.FieldRefusedException;
import org.tilmash.content.NoSuchSectionException;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.workflow.ArticleSettings;

/**
 * Editors set what all language versions of an article share: its date, its section and the fields the application
 * adds to articles (form parameters {@code field.<key>}).
 */
@Controller
@PreAuthorize("@permissions.canManageArticles()")
class ArticleSettingsController {

    static final String FIELD_PREFIX = "field.";

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
            @RequestParam Optional<String> loaded,
            @RequestParam MultiValueMap<String, String> form,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            Flash.outcome(
                    redirect,
                    form.keySet().stream().anyMatch(name -> name.startsWith(FIELD_PREFIX))
                            ? "article.settings.savedDetails"
                            : "article.settings.saved",
                    () -> settings.change(
                            id,
                            loaded,
                            dateline.map(
                                    local -> local.atZone(languages.timeZone()).toInstant()),
                            sectionId,
                            fields(form),
                            locale));
        } catch (NoSuchSectionException stale) {
            Flash.refused(redirect, "article.error.section", Map.of());
        } catch (FieldRefusedException refused) {
            Flash.refused(
                    redirect,
                    refused.reason(),
                    Map.<String, Object>of("field", refused.field(), "max", ArticleField.MAX_TEXT));
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

    private static Map<String, String> fields(MultiValueMap<String, String> form) {
        Map<String, String> fields = new HashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(FIELD_PREFIX) && !values.isEmpty()) {
                fields.put(name.substring(FIELD_PREFIX.length()), values.getFirst());
            }
        });
        return fields;
    }
}
