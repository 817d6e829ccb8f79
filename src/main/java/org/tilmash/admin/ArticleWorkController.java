package org.tilmash.admin;

import java.security.Principal;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ArticleVersion;
import org.tilmash.content.ContentService;
import org.tilmash.content.WorkingVersions;

/**
 * One language version of an article in the back office: read its working text, write a new draft revision, submit
 * it for review, approve it. Every action is decided by the permission service for the version's language.
 */
@Controller
@RequestMapping(ArticleWorkController.PATH)
class ArticleWorkController {

    static final String PATH = "/admin/articles/{id}/{lang}";
    static final String VIEW = "admin/article";
    static final String EDIT_VIEW = "admin/article-edit";
    private static final String BACK = "redirect:" + PATH;

    private final ContentService content;
    private final WorkingVersions versions;
    private final Clock clock;

    ArticleWorkController(ContentService content, WorkingVersions versions, Clock clock) {
        this.content = content;
        this.versions = versions;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("@permissions.canView(#lang)")
    String view(@PathVariable Long id, @PathVariable String lang, Model model) {
        model.addAttribute("version", version(id, lang));
        return VIEW;
    }

    /** A version that does not exist yet is written from an empty form: that is how a translation starts. */
    @GetMapping("/edit")
    @PreAuthorize("@permissions.canEdit(#lang)")
    String edit(@PathVariable Long id, @PathVariable String lang, Model model) {
        ArticleText text = versions.find(id, lang)
                .map(version -> version.getWorkingRevision().text())
                .orElseGet(() -> {
                    requireArticle(id);
                    return new ArticleText("", "", "");
                });
        return editForm(id, lang, text, model);
    }

    @PostMapping("/edit")
    @PreAuthorize("@permissions.canEdit(#lang)")
    String save(
            @PathVariable Long id,
            @PathVariable String lang,
            @RequestParam String title,
            @RequestParam(defaultValue = "") String intro,
            @RequestParam(defaultValue = "") String body,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        requireArticle(id);
        ArticleText text = new ArticleText(title, intro, body);
        if (title.isBlank()) {
            model.addAttribute("titleMissing", true);
            return editForm(id, lang, text, model);
        }
        content.saveDraft(id, lang, text, principal.getName());
        redirect.addFlashAttribute("notice", "account.article.saved");
        return BACK;
    }

    @PostMapping("/submit")
    @PreAuthorize("@permissions.canEdit(#lang)")
    String submit(@PathVariable Long id, @PathVariable String lang, Principal principal, RedirectAttributes redirect) {
        content.submitForReview(version(id, lang).getId(), principal.getName());
        redirect.addFlashAttribute("notice", "account.article.submitted");
        return BACK;
    }

    @PostMapping("/approve")
    @PreAuthorize("@permissions.canReview(#lang)")
    String approve(@PathVariable Long id, @PathVariable String lang, Principal principal, RedirectAttributes redirect) {
        content.publish(version(id, lang).getId(), principal.getName(), clock.instant());
        redirect.addFlashAttribute("notice", "account.article.approved");
        return BACK;
    }

    private ArticleVersion version(Long id, String lang) {
        return versions.find(id, lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void requireArticle(Long id) {
        if (!versions.articleExists(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static String editForm(Long id, String lang, ArticleText text, Model model) {
        model.addAttribute("articleId", id);
        model.addAttribute("lang", lang);
        model.addAttribute("text", text);
        return EDIT_VIEW;
    }
}
