package org.tilmash.admin;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.workflow.Workflow;

/** Editors tie language versions of an article into one release that goes live together. */
@Controller
class ReleaseController {

    private final Workflow workflow;
    private final LanguageRegistry languages;

    ReleaseController(Workflow workflow, LanguageRegistry languages) {
        this.workflow = workflow;
        this.languages = languages;
    }

    @PostMapping("/articles/{id}/release")
    @PreAuthorize("@permissions.canManageArticles()")
    String release(
            @PathVariable Long id,
            @RequestParam(name = "languages", defaultValue = "") List<String> members,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Optional<LocalDateTime> publishAt,
            @RequestParam(defaultValue = "en") String back,
            RedirectAttributes redirect) {
        Flash.outcome(
                redirect,
                "release.created",
                () -> workflow.createRelease(
                        id,
                        members.stream().filter(languages::isEnabled).toList(),
                        publishAt.map(
                                local -> local.atZone(languages.timeZone()).toInstant())));
        return "redirect:/admin/articles/" + id + "/" + (languages.isEnabled(back) ? back : "en");
    }
}
