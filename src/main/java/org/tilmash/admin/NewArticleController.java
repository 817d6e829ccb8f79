package org.tilmash.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tilmash.content.Article;
import org.tilmash.content.ContentService;
import org.tilmash.content.Revision;
import org.tilmash.content.SlugTakenException;
import org.tilmash.content.TextRefusedException;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.workflow.Workflow;

/** Editors start an article in a source language: its section and the first draft of its text. */
@Controller
@RequestMapping("/admin/articles/new")
@PreAuthorize("hasRole('EDITOR')")
class NewArticleController {

    static final String VIEW = "admin/article-new";
    static final List<String> SOURCE_LANGUAGES = List.of("en", "ru");

    private final ContentService content;
    private final Workflow workflow;
    private final LanguageRegistry languages;

    NewArticleController(ContentService content, Workflow workflow, LanguageRegistry languages) {
        this.content = content;
        this.workflow = workflow;
        this.languages = languages;
    }

    @GetMapping
    String form(Model model) {
        return form(new NewArticleForm(), model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") NewArticleForm form,
            BindingResult errors,
            Principal principal,
            Model model) {
        if (!SOURCE_LANGUAGES.contains(form.getSourceLanguage())) {
            errors.rejectValue("sourceLanguage", "article.error.sourceLanguage");
        }
        boolean knownSection = form.getSectionId() == null
                || content.sections().stream()
                        .anyMatch(section -> section.getId().equals(form.getSectionId()));
        if (!knownSection) {
            errors.rejectValue("sectionId", "article.error.section");
        }
        if (form.hasNul()) {
            model.addAttribute("error", TextRefusedException.NUL);
        }
        if (errors.hasErrors() || form.hasNul()) {
            return form(form, model);
        }
        Article article = content.createArticle(form.getSectionId(), form.getSourceLanguage(), principal.getName());
        Revision first = workflow.save(
                article.getId(),
                form.getSourceLanguage(),
                form.text(),
                principal.getName(),
                Optional.of(ContentService.NOT_CREATED));
        try {
            if (!form.getSlug().isBlank()) {
                content.changeSlug(first.getVersion().getId(), form.getSlug());
            }
        } catch (SlugTakenException taken) {
            return "redirect:/admin/articles/" + article.getId() + "/" + form.getSourceLanguage() + "/edit";
        }
        return "redirect:/admin/articles/" + article.getId() + "/" + form.getSourceLanguage();
    }

    private String form(NewArticleForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("sections", content.sections());
        model.addAttribute(
                "sourceLanguages",
                SOURCE_LANGUAGES.stream().map(languages::require).toList());
        model.addAttribute("articleId", "new");
        model.addAttribute("lang", form.getSourceLanguage());
        return VIEW;
    }

    /** The editor's form plus what only a new article has: its section and source language. */
    public static class NewArticleForm extends ArticleForm {

        @NotNull
        private Long sectionId;

        private String sourceLanguage = "en";

        public Long getSectionId() {
            return sectionId;
        }

        public void setSectionId(Long sectionId) {
            this.sectionId = sectionId;
        }

        public String getSourceLanguage() {
            return sourceLanguage;
        }

        public void setSourceLanguage(String sourceLanguage) {
            this.sourceLanguage = sourceLanguage;
        }
    }
}
