package org.tilmash.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tilmash.content.ContentService;
import org.tilmash.content.EditConflictException;
import org.tilmash.content.TextRefusedException;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.media.ImageText;
import org.tilmash.translation.Translations;
import org.tilmash.workflow.WorkflowException;

/** The translation queue, the side-by-side editor, and confirming or dismissing source changes. */
@Controller
class TranslationController {

    static final String QUEUE_VIEW = "admin/translations";
    static final String EDITOR_VIEW = "admin/translate";
    private static final String VERSION = "redirect:/admin/articles/{id}/{lang}";

    private final Translations translations;
    private final LanguageRegistry languages;

    TranslationController(Translations translations, LanguageRegistry languages) {
        this.translations = translations;
        this.languages = languages;
    }

    @GetMapping("/admin/translations")
    String queue(Model model) {
        model.addAttribute("items", translations.queue());
        return QUEUE_VIEW;
    }

    @GetMapping("/admin/articles/{id}/{lang}/translate")
    @PreAuthorize("@permissions.canEdit(#lang)")
    String editor(
            @PathVariable Long id,
            @PathVariable String lang,
            @RequestParam Optional<String> pivot,
            Model model,
            RedirectAttributes redirect) {
        try {
            return editor(id, lang, translations.sideBySide(id, lang, pivot), Optional.empty(), model);
        } catch (WorkflowException refused) {
            Flash.refused(redirect, refused.messageKey(), refused.arguments());
            return VERSION;
        }
    }

    @PostMapping("/admin/articles/{id}/{lang}/translate")
    @PreAuthorize("@permissions.canEdit(#lang)")
    String save(
            @PathVariable Long id,
            @PathVariable String lang,
            @RequestParam String pivot,
            @RequestParam(name = "segment", defaultValue = "") List<String> segments,
            @RequestParam(name = "imageId", defaultValue = "") List<Long> imageIds,
            @RequestParam(name = "imageAlt", defaultValue = "") List<String> alts,
            @RequestParam(name = "imageCaption", defaultValue = "") List<String> captions,
            @RequestParam(name = "imageCredit", defaultValue = "") List<String> credits,
            @RequestParam Optional<Long> expectedVersion,
            Model model,
            RedirectAttributes redirect) {
        try {
            Map<Long, ImageText> imageTexts = new LinkedHashMap<>();
            for (int i = 0; i < imageIds.size(); i++) {
                imageTexts.put(imageIds.get(i), new ImageText(at(alts, i), at(captions, i), at(credits, i)));
            }
            translations.save(
                    id,
                    lang,
                    pivot,
                    segments,
                    imageTexts,
                    expectedVersion.or(() -> Optional.of(ContentService.NOT_CREATED)));
        } catch (TextRefusedException refused) {
            model.addAttribute("error", refused.messageKey());
            model.addAttribute("errorArguments", refused.arguments());
            return editor(
                    id, lang, translations.sideBySide(id, lang, Optional.of(pivot)), Optional.of(segments), model);
        } catch (WorkflowException refused) {
            model.addAttribute("error", refused.messageKey());
            return editor(
                    id, lang, translations.sideBySide(id, lang, Optional.of(pivot)), Optional.of(segments), model);
        } catch (EditConflictException | ObjectOptimisticLockingFailureException conflict) {
            model.addAttribute("error", "translation.error.conflict");
            return editor(
                    id, lang, translations.sideBySide(id, lang, Optional.of(pivot)), Optional.of(segments), model);
        }
        redirect.addFlashAttribute("notice", "article.saved");
        return VERSION;
    }

    @PostMapping("/admin/articles/{id}/{lang}/confirm-update")
    @PreAuthorize("@permissions.canEdit(#lang)")
    String confirm(@PathVariable Long id, @PathVariable String lang, RedirectAttributes redirect) {
        return act(redirect, "translation.confirmed", () -> translations.confirmUpdate(id, lang));
    }

    @PostMapping("/admin/articles/{id}/{lang}/minor-change")
    @PreAuthorize("@permissions.canEdit(#lang)")
    String minor(@PathVariable Long id, @PathVariable String lang, RedirectAttributes redirect) {
        return act(redirect, "translation.minorMarked", () -> translations.markMinor(id, lang));
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : "";
    }

    private static String act(RedirectAttributes redirect, String notice, Runnable action) {
        Flash.outcome(redirect, notice, action);
        return VERSION;
    }

    private String editor(
            Long id, String lang, Translations.SideBySide view, Optional<List<String>> typed, Model model) {
        model.addAttribute("articleId", id);
        model.addAttribute("lang", lang);
        model.addAttribute("target", languages.require(lang));
        model.addAttribute("view", view);
        model.addAttribute("typed", typed.orElse(null));
        model.addAttribute("pivots", translations.pivots(id, lang));
        model.addAttribute("images", translations.imageRows(id, view.pivot().language(), lang));
        return EDITOR_VIEW;
    }
}
