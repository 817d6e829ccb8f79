package org.tilmash.admin;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tilmash.content.ArticleFields;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.EditConflictException;
import org.tilmash.content.RevisionView;
import org.tilmash.content.SegmentMerge;
import org.tilmash.content.SlugTakenException;
import org.tilmash.content.TextRefusedException;
import org.tilmash.content.VersionState;
import org.tilmash.content.VersionView;
import org.tilmash.content.WordDiff;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.workflow.ArticleSettings;
import org.tilmash.workflow.AuditRecord;
import org.tilmash.workflow.AuditTrail;
import org.tilmash.workflow.Transition;
import org.tilmash.workflow.Workflow;
import org.tilmash.workflow.WorkflowException;

/**
 * One language version of an article in the back office: its working text, history and audit trail; editing with
 * conflict detection; and every workflow transition. Permissions are checked here for the screen and again by the
 * workflow service for the action.
 */
@Controller
@RequestMapping(ArticleWorkController.PATH)
class ArticleWorkController {

    static final String PATH = "/articles/{id}/{lang}";
    static final String VIEW = "tilmash/admin/article";
    static final String EDIT_VIEW = "tilmash/admin/article-edit";
    static final String CONFLICT_VIEW = "tilmash/admin/conflict";
    static final String DIFF_VIEW = "tilmash/admin/diff";
    private static final String BACK = "redirect:/admin" + PATH;

    private final ContentService content;
    private final Workflow workflow;
    private final AuditTrail audit;
    private final LanguageRegistry languages;
    private final Clock clock;
    private final ArticleFields fields;
    private final ArticleSettings settings;

    ArticleWorkController(
            ContentService content,
            Workflow workflow,
            AuditTrail audit,
            LanguageRegistry languages,
            Clock clock,
            ArticleFields fields,
            ArticleSettings settings) {
        this.settings = settings;
        this.clock = clock;
        this.fields = fields;
        this.content = content;
        this.workflow = workflow;
        this.audit = audit;
        this.languages = languages;
    }

    @GetMapping
    @PreAuthorize("@permissions.canView(#lang)")
    String view(@PathVariable Long id, @PathVariable String lang, Model model, java.util.Locale locale) {
        VersionView version = version(id, lang);
        model.addAttribute("version", version);
        model.addAttribute("actions", workflow.allowedActions(version));
        model.addAttribute("plan", workflow.publishingPlan(version));
        model.addAttribute("history", content.history(version.id()));
        List<AuditRecord> trail = audit.ofArticle(id).stream()
                .filter(entry -> entry.language().equals(lang))
                .toList();
        model.addAttribute("audit", trail);
        model.addAttribute("changesRequested", openRequest(version, trail).orElse(null));
        model.addAttribute("siblings", content.versionsOf(id));
        model.addAttribute(
                "sections",
                content.sections().stream()
                        .filter(section -> !section.archived() || section.id().equals(version.sectionId()))
                        .toList());
        model.addAttribute("datelineInput", localInput(version.dateline()));
        model.addAttribute("datelineMax", localInput(clock.instant()));
        model.addAttribute("fieldInputs", fields.inputs(id, locale));
        model.addAttribute("settingsStamp", settings.stamp(id));
        return VIEW;
    }

    /**
     * The reviewer's request for changes the draft still answers: the last one, unless the version went back to
     * review since.
     */
    private static Optional<AuditRecord> openRequest(VersionView version, List<AuditRecord> trail) {
        if (version.state() != VersionState.DRAFT) {
            return Optional.empty();
        }
        return trail.reversed().stream()
                .filter(entry ->
                        entry.action() == Transition.CHANGES_REQUESTED || entry.action() == Transition.SUBMITTED)
                .findFirst()
                .filter(entry -> entry.action() == Transition.CHANGES_REQUESTED);
    }

    /** An instant as a {@code datetime-local} value in the site's time zone, to the minute. */
    private String localInput(Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(languages.timeZone())
                        .toLocalDateTime()
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString();
    }

    /** A version that does not exist yet is written from an empty form: that is how a translation starts. */
    @GetMapping("/edit")
    @PreAuthorize("@permissions.canEdit(#lang)")
    String edit(@PathVariable Long id, @PathVariable String lang, Model model) {
        requireArticle(id);
        ArticleForm form = content.findVersion(id, lang).map(ArticleForm::of).orElseGet(ArticleForm::new);
        return editForm(id, lang, form, model);
    }

    @PostMapping("/edit")
    @PreAuthorize("@permissions.canEdit(#lang)")
    String save(
            @PathVariable Long id,
            @PathVariable String lang,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        requireArticle(id);
        if (form.hasNul()) {
            model.addAttribute("error", TextRefusedException.NUL);
        }
        if (errors.hasErrors() || form.hasNul()) {
            return editForm(id, lang, form, model);
        }
        try {
            long expected = form.getExpectedVersion() == null ? ContentService.NOT_CREATED : form.getExpectedVersion();
            workflow.save(id, lang, form.text(), Optional.of(expected), Optional.of(form.getSlug()));
        } catch (EditConflictException | ObjectOptimisticLockingFailureException conflict) {
            return conflict(id, lang, form, version(id, lang).working(), Map.of(), model);
        } catch (SlugTakenException taken) {
            errors.rejectValue("slug", "article.error.slugTaken", new Object[] {taken.slug()}, null);
            return editForm(id, lang, form, model);
        }
        redirect.addFlashAttribute("notice", "article.saved");
        return BACK;
    }

    /**
     * The conflict page: what the other person changed since the revision this user started from, and for each part
     * where the texts differ, theirs or mine to choose. Nothing typed is lost, and nothing the other person saved is
     * replaced without the user confirming it.
     */
    private String conflict(
            Long id,
            String lang,
            ArticleForm mine,
            RevisionView theirs,
            Map<Integer, SegmentMerge.Side> choices,
            Model model) {
        VersionView current = version(id, lang);
        Optional<RevisionView> base = baseOf(current, mine.getBaseRevision());
        SegmentMerge merge = merge(base, theirs, mine);
        mine.setExpectedVersion(current.version());
        model.addAttribute("current", current);
        model.addAttribute("theirs", theirs);
        model.addAttribute("base", base.orElse(null));
        model.addAttribute(
                "theirChanges",
                base.map(from -> WordDiff.compare(from.text(), theirs.text()).stream()
                                .filter(WordDiff.Row::changed)
                                .toList())
                        .orElse(List.of()));
        model.addAttribute("parts", merge.parts());
        model.addAttribute("choices", choices);
        model.addAttribute(
                "slugDiffers", !mine.getSlug().isBlank() && !mine.getSlug().equals(current.slug()));
        editForm(id, lang, mine, model);
        return CONFLICT_VIEW;
    }

    private static SegmentMerge merge(Optional<RevisionView> base, RevisionView theirs, ArticleForm mine) {
        return SegmentMerge.of(base.map(RevisionView::text).orElse(null), theirs.text(), mine.text());
    }

    /** The revision the user started from, if it is one of this version's. */
    private Optional<RevisionView> baseOf(VersionView version, Long revisionId) {
        return Optional.ofNullable(revisionId)
                .flatMap(content::revision)
                .filter(revision -> revision.versionId().equals(version.id()));
    }

    /**
     * Saves the text merged on the conflict page: each part as chosen ({@code part-<index>} = {@code THEIRS} or
     * {@code MINE}). Choosing one's own text over the other person's change, or one's own address, needs
     * {@code confirmOverwrite}; without it the page comes back with the choices kept.
     */
    @PostMapping("/edit/merge")
    @PreAuthorize("@permissions.canEdit(#lang)")
    String merge(
            @PathVariable Long id,
            @PathVariable String lang,
            @ModelAttribute("form") ArticleForm mine,
            @RequestParam Long theirsRevision,
            @RequestParam Map<String, String> parameters,
            @RequestParam(defaultValue = "false") boolean confirmOverwrite,
            Model model,
            RedirectAttributes redirect) {
        VersionView current = version(id, lang);
        RevisionView theirs =
                baseOf(current, theirsRevision).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (mine.hasNul()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Map<Integer, SegmentMerge.Side> choices = choices(parameters);
        SegmentMerge merge = merge(baseOf(current, mine.getBaseRevision()), theirs, mine);
        boolean mySlug =
                "MINE".equals(parameters.get("slugChoice")) && !mine.getSlug().isBlank();
        if ((merge.overwrites(choices) || mySlug) && !confirmOverwrite) {
            model.addAttribute("error", "article.conflict.confirmRequired");
            model.addAttribute("slugChoice", mySlug);
            return conflict(id, lang, mine, theirs, choices, model);
        }
        ArticleText merged = merge.resolve(choices);
        if (merged.title().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        long expected = mine.getExpectedVersion() == null ? ContentService.NOT_CREATED : mine.getExpectedVersion();
        try {
            workflow.save(
                    id, lang, merged, Optional.of(expected), mySlug ? Optional.of(mine.getSlug()) : Optional.empty());
        } catch (EditConflictException | ObjectOptimisticLockingFailureException again) {
            ArticleForm next = mine.with(merged);
            next.setBaseRevision(theirs.id());
            return conflict(id, lang, next, version(id, lang).working(), Map.of(), model);
        } catch (SlugTakenException taken) {
            model.addAttribute("error", "article.error.slugTaken");
            model.addAttribute("errorArguments", taken.slug());
            return conflict(id, lang, mine, theirs, choices, model);
        }
        redirect.addFlashAttribute("notice", "article.conflict.merged");
        return BACK;
    }

    private static Map<Integer, SegmentMerge.Side> choices(Map<String, String> parameters) {
        Map<Integer, SegmentMerge.Side> choices = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (name.matches("part-\\d{1,6}") && (value.equals("THEIRS") || value.equals("MINE"))) {
                choices.put(Integer.valueOf(name.substring(5)), SegmentMerge.Side.valueOf(value));
            }
        });
        return choices;
    }

    @PostMapping("/submit")
    @PreAuthorize("@permissions.canEdit(#lang)")
    String submit(@PathVariable Long id, @PathVariable String lang, RedirectAttributes redirect) {
        return act(
                redirect,
                "article.submitted",
                () -> workflow.submit(version(id, lang).id()));
    }

    @PostMapping("/approve")
    @PreAuthorize("@permissions.canReview(#lang)")
    String approve(
            @PathVariable Long id,
            @PathVariable String lang,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Optional<LocalDateTime> publishAt,
            RedirectAttributes redirect) {
        Optional<Instant> at =
                publishAt.map(local -> local.atZone(languages.timeZone()).toInstant());
        try {
            VersionState after = workflow.approve(version(id, lang).id(), at);
            redirect.addFlashAttribute("notice", approvedNotice(after, at.isPresent()));
        } catch (WorkflowException refused) {
            Flash.refused(redirect, refused.messageKey(), refused.arguments());
        }
        return BACK;
    }

    /** Says what happened: live now, at the time chosen, or with the rest of its release. */
    private static String approvedNotice(VersionState after, boolean timed) {
        if (after != VersionState.SCHEDULED) {
            return "article.approved";
        }
        return timed ? "article.scheduled" : "article.approvedWithRelease";
    }

    @PostMapping("/request-changes")
    @PreAuthorize("@permissions.canReview(#lang)")
    String requestChanges(
            @PathVariable Long id,
            @PathVariable String lang,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        try {
            workflow.requestChanges(version(id, lang).id(), comment);
            redirect.addFlashAttribute("notice", "article.changesRequested");
        } catch (WorkflowException refused) {
            Flash.refused(redirect, refused.messageKey(), refused.arguments());
            redirect.addFlashAttribute("comment", comment);
        }
        return BACK;
    }

    @PostMapping("/unpublish")
    @PreAuthorize("@permissions.canReview(#lang)")
    String unpublish(@PathVariable Long id, @PathVariable String lang, RedirectAttributes redirect) {
        return act(
                redirect,
                "article.unpublished",
                () -> workflow.unpublish(version(id, lang).id()));
    }

    @PostMapping("/restore")
    @PreAuthorize("@permissions.canEdit(#lang)")
    String restore(
            @PathVariable Long id, @PathVariable String lang, @RequestParam int revision, RedirectAttributes redirect) {
        return act(
                redirect,
                "article.restored",
                () -> workflow.restore(version(id, lang).id(), revision));
    }

    @GetMapping("/diff")
    @PreAuthorize("@permissions.canView(#lang)")
    String diff(
            @PathVariable Long id,
            @PathVariable String lang,
            @RequestParam int from,
            @RequestParam int to,
            Model model) {
        VersionView version = version(id, lang);
        RevisionView older = revisionOf(version, from);
        RevisionView newer = revisionOf(version, to);
        model.addAttribute("version", version);
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        model.addAttribute("rows", WordDiff.compare(older.text(), newer.text()));
        return DIFF_VIEW;
    }

    private RevisionView revisionOf(VersionView version, int number) {
        return content.history(version.id()).stream()
                .filter(revision -> revision.number() == number)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String act(RedirectAttributes redirect, String notice, Runnable action) {
        Flash.outcome(redirect, notice, action);
        return BACK;
    }

    private VersionView version(Long id, String lang) {
        return content.findVersion(id, lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void requireArticle(Long id) {
        if (!content.articleExists(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String editForm(Long id, String lang, ArticleForm form, Model model) {
        model.addAttribute("articleId", id);
        model.addAttribute("lang", lang);
        model.addAttribute("editLanguage", languages.require(lang));
        model.addAttribute("form", form);
        model.addAttribute(
                "leavesReview",
                content.findVersion(id, lang)
                        .map(version ->
                                version.state() == VersionState.IN_REVIEW || version.state() == VersionState.SCHEDULED)
                        .orElse(false));
        return EDIT_VIEW;
    }
}
