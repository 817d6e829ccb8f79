package org.tilmash.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tilmash.content.ContentService;
import org.tilmash.content.RevisionView;
import org.tilmash.content.SlugTakenException;
import org.tilmash.content.TextRefusedException;
import org.tilmash.content.VersionView;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.workflow.Workflow;
import org.tilmash.workflow.WorkflowException;

/** Editors start an article in a source language: its section and the first draft of its text. */
@Controller
@RequestMapping("/articles/new")
@PreAuthorize("@permissions.canManageArticles()")
class NewArticleController {

    static final String VIEW = "tilmash/admin/article-new";

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
        NewArticleForm form = new NewArticleForm();
        form.setSourceLanguage(languages.sources().getFirst().code());
        return form(form, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewArticleForm form, BindingResult errors, Model model) {
        if (!languages.isSource(form.getSourceLanguage())) {
            errors.rejectValue("sourceLanguage", "article.error.sourceLanguage");
        }
        if (form.getSectionId() != null && !content.sectionExists(form.getSectionId())) {
            errors.rejectValue("sectionId", "article.error.section");
        }
        if (form.hasNul()) {
            model.addAttribute("error", TextRefusedException.NUL);
        }
        if (errors.hasErrors() || form.hasNul()) {
            return form(form, model);
        }
        try {
            RevisionView first = workflow.createArticle(
                    form.getSectionId(),
                    form.getSourceLanguage(),
                    form.text(),
                    Optional.of(form.getSlug()),
                    Optional.ofNullable(form.getDateline())
                            .map(local -> local.atZone(languages.timeZone()).toInstant()));
            VersionView created = content.version(first.versionId()).orElseThrow();
            return "redirect:/admin/articles/" + created.articleId() + "/" + created.language();
        } catch (SlugTakenException taken) {
            errors.rejectValue("slug", "article.error.slugTaken", new Object[] {taken.slug()}, null);
            return form(form, model);
        } catch (WorkflowException refused) {
            model.addAttribute("error", refused.messageKey());
            model.addAttribute("errorArguments", refused.arguments());
            return form(form, model);
        }
    }

    private String form(NewArticleForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute(
                "sections",
                content.sections().stream()
                        .filter(section -> !section.archived())
                        .toList());
        model.addAttribute("sourceLanguages", languages.sources());
        model.addAttribute("articleId", "new");
        model.addAttribute("lang", form.getSourceLanguage());
        return VIEW;
    }

    /** The editor's form plus what only a new article has: its section and source language. */
    public static class NewArticleForm extends ArticleForm {

        @NotNull
        private Long sectionId;

        private String sourceLanguage = "";

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        private LocalDateTime dateline;

        public LocalDateTime getDateline() {
            return dateline;
        }

        public void setDateline(LocalDateTime dateline) {
            this.dateline = dateline;
        }

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
