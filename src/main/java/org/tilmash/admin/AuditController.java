package org.tilmash.admin;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.AccountView;
import org.tilmash.accounts.People;
import org.tilmash.content.ContentService;
import org.tilmash.content.RevisionView;
import org.tilmash.content.VersionView;
import org.tilmash.i18n.IcuFormats;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.workflow.AuditRecord;
import org.tilmash.workflow.AuditTrail;
import org.tilmash.workflow.Transition;

/**
 * The whole audit trail for administrators, filterable by person, language and action, naming articles by their
 * titles and people by their names; and the read-only view of any revision, which is what an auditor opens from it.
 */
@Controller
class AuditController {

    static final String VIEW = "tilmash/admin/audit";
    static final String REVISION_VIEW = "tilmash/admin/revision";
    private static final int PAGE_SIZE = 50;

    private final AuditTrail audit;
    private final LanguageRegistry languages;
    private final ContentService content;
    private final AccountService accounts;
    private final People people;
    private final IcuFormats formats;

    AuditController(
            AuditTrail audit,
            LanguageRegistry languages,
            ContentService content,
            AccountService accounts,
            People people,
            IcuFormats formats) {
        this.audit = audit;
        this.languages = languages;
        this.content = content;
        this.accounts = accounts;
        this.people = people;
        this.formats = formats;
    }

    @GetMapping("/audit")
    @PreAuthorize("@permissions.canAudit()")
    String audit(
            @RequestParam Optional<String> actor,
            @RequestParam Optional<String> lang,
            @RequestParam Optional<Transition> action,
            @RequestParam(defaultValue = "1") int page,
            Locale locale,
            Model model) {
        // Past the last page the list is empty; beyond this bound the row offset would overflow the query.
        int current = Math.clamp(page, 1, Integer.MAX_VALUE / PAGE_SIZE);
        Page<AuditRecord> entries = audit.search(
                actor.orElse(null),
                lang.filter(languages::isEnabled).orElse(null),
                action.orElse(null),
                current - 1,
                PAGE_SIZE);
        Set<Long> versions = new HashSet<>();
        Set<String> actors = new HashSet<>();
        entries.forEach(entry -> {
            versions.add(entry.versionId());
            actors.add(entry.actor());
        });
        model.addAttribute("entries", entries);
        model.addAttribute("titles", content.workingTitles(versions));
        model.addAttribute("names", people.names(actors));
        model.addAttribute(
                "people",
                accounts.all().stream()
                        .sorted(Comparator.comparing(AccountView::displayName, formats.collation(locale)))
                        .toList());
        model.addAttribute("actions", Transition.values());
        model.addAttribute("actor", actor.orElse(""));
        model.addAttribute("lang", lang.orElse(""));
        model.addAttribute("action", action.orElse(null));
        model.addAttribute("page", current);
        return VIEW;
    }

    /**
     * One revision of a language version, read-only: for whoever may read the version, and for auditors, who may not
     * otherwise open it.
     */
    @GetMapping("/articles/{id}/{lang}/revisions/{number}")
    @PreAuthorize("@permissions.canView(#lang) or @permissions.canAudit()")
    String revision(@PathVariable Long id, @PathVariable String lang, @PathVariable int number, Model model) {
        VersionView version =
                content.findVersion(id, lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<RevisionView> history = content.history(version.id());
        RevisionView revision = history.stream()
                .filter(candidate -> candidate.number() == number)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("version", version);
        model.addAttribute("revision", revision);
        model.addAttribute("newest", history.getFirst().number());
        model.addAttribute(
                "audit",
                audit.ofArticle(id).stream()
                        .filter(entry -> entry.language().equals(lang)
                                && Integer.valueOf(number).equals(entry.revisionNumber()))
                        .toList());
        return REVISION_VIEW;
    }
}
