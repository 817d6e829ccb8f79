package org.tilmash.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tilmash.content.ContentService;
import org.tilmash.content.EditConflictException;
import org.tilmash.content.Segments;
import org.tilmash.content.TextRefusedException;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.i18n.TilmashMessages;
import org.tilmash.media.ImageText;
import org.tilmash.translation.Translations;
import org.tilmash.workflow.WorkflowException;

/** The translation queue, the side-by-side editor, and confirming or dismissing source changes. */
@Controller
class TranslationController {

    static final String QUEUE_VIEW = "tilmash/admin/translations";
    static final String EDITOR_VIEW = "tilmash/admin/translate";
    static final String REVIEW_VIEW = "tilmash/admin/translation-review";
    private static final String VERSION = "redirect:/admin/articles/{id}/{lang}";

    private final Translations translations;
    private final LanguageRegistry languages;
    private final TilmashMessages messages;

    TranslationController(Translations translations, LanguageRegistry languages, TilmashMessages messages) {
        this.translations = translations;
        this.languages = languages;
        this.messages = messages;
    }

    @GetMapping("/translations")
    String queue(Model model) {
        model.addAttribute("items", translations.queue());
        return QUEUE_VIEW;
    }

    @GetMapping("/articles/{id}/{lang}/translate")
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

    /**
     * Saves the translation. {@code expectedVersion} is the translation as the translator loaded it; after a conflict
     * the page also carries {@code overwriteVersion}, the translation someone else saved meanwhile, which is replaced
     * only when the translator ticks {@code confirmOverwrite}.
     */
    @PostMapping("/articles/{id}/{lang}/translate")
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
            @RequestParam Optional<Long> overwriteVersion,
            @RequestParam(defaultValue = "false") boolean confirmOverwrite,
            Model model,
            RedirectAttributes redirect) {
        Optional<Long> expected = confirmOverwrite && overwriteVersion.isPresent() ? overwriteVersion : expectedVersion;
        Optional<List<String>> typed = Optional.of(segments);
        try {
            Map<Long, ImageText> imageTexts = new LinkedHashMap<>();
            for (int i = 0; i < imageIds.size(); i++) {
                imageTexts.put(imageIds.get(i), new ImageText(at(alts, i), at(captions, i), at(credits, i)));
            }
            translations.save(
                    id, lang, pivot, segments, imageTexts, expected.or(() -> Optional.of(ContentService.NOT_CREATED)));
        } catch (TextRefusedException refused) {
            model.addAttribute("error", refused.messageKey());
            model.addAttribute("errorArguments", refused.arguments());
            return editor(id, lang, translations.sideBySide(id, lang, Optional.of(pivot)), typed, model);
        } catch (WorkflowException refused) {
            model.addAttribute("error", refused.messageKey());
            return editor(id, lang, translations.sideBySide(id, lang, Optional.of(pivot)), typed, model);
        } catch (EditConflictException | ObjectOptimisticLockingFailureException conflict) {
            Translations.SideBySide view = translations.sideBySide(id, lang, Optional.of(pivot));
            model.addAttribute("error", "translation.error.conflict");
            model.addAttribute("staleVersion", expectedVersion.orElse(ContentService.NOT_CREATED));
            translations.saved(id, lang).ifPresent(saved -> {
                model.addAttribute("saved", saved);
                model.addAttribute("savedSegments", Segments.of(saved.text()));
            });
            return editor(id, lang, view, typed, model);
        }
        redirect.addFlashAttribute("notice", "article.saved");
        return VERSION;
    }

    /** A translation beside the source it was made from, for its reviewer (and anyone who may read it). */
    @GetMapping("/articles/{id}/{lang}/source")
    @PreAuthorize("@permissions.canView(#lang)")
    String review(@PathVariable Long id, @PathVariable String lang, Model model) {
        Translations.Review review =
                translations.review(id, lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("review", review);
        model.addAttribute("target", languages.require(lang));
        return REVIEW_VIEW;
    }

    @PostMapping("/articles/{id}/{lang}/confirm-update")
    @PreAuthorize("@permissions.canEdit(#lang)")
    String confirm(@PathVariable Long id, @PathVariable String lang, RedirectAttributes redirect) {
        return act(redirect, "translation.confirmed", () -> translations.confirmUpdate(id, lang));
    }

    @PostMapping("/articles/{id}/{lang}/minor-change")
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
        List<Translations.ImageRow> images =
                translations.imageRows(id, view.pivot().language(), lang);
        model.addAttribute("articleId", id);
        model.addAttribute("lang", lang);
        model.addAttribute("target", languages.require(lang));
        model.addAttribute("view", view);
        model.addAttribute("typed", typed.orElse(null));
        model.addAttribute("pivots", translations.pivots(id, lang));
        model.addAttribute("images", images);
        progress(view, typed, images, model);
        return EDITOR_VIEW;
    }

    /**
     * "14 of 20 segments done" for every possible count, so the page's script shows the right plural in every language
     * as the translator types: text segments with something to translate, and each image's alt text.
     */
    private void progress(
            Translations.SideBySide view,
            Optional<List<String>> typed,
            List<Translations.ImageRow> images,
            Model model) {
        int total = 0;
        int done = 0;
        List<Segments.Segment> source = view.sourceSegments();
        for (int i = 0; i < source.size(); i++) {
            if (!source.get(i).carried() && !source.get(i).text().isBlank()) {
                total++;
                int index = i;
                String translated = typed.map(list -> at(list, index)).orElse(view.translatedAt(index));
                done += translated.isBlank() ? 0 : 1;
            }
        }
        for (Translations.ImageRow image : images) {
            total++;
            done += image.target().hasAlt() ? 1 : 0;
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<String> messages = new ArrayList<>();
        for (int count = 0; count <= total; count++) {
            messages.add(this.messages.getMessage(
                    "translation.progress", new Object[] {Map.of("done", count, "total", total)}, locale));
        }
        model.addAttribute("progressDone", done);
        model.addAttribute("progressMessages", messages);
    }
}
