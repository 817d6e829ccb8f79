package org.tilmash.admin;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.AccountView;
import org.tilmash.accounts.Permissions;
import org.tilmash.accounts.SecurityLog;
import org.tilmash.content.ArticleSearch;
import org.tilmash.content.ContentService;
import org.tilmash.content.VersionView;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.translation.Translations;
import org.tilmash.workflow.AuditRecord;
import org.tilmash.workflow.AuditTrail;
import org.tilmash.workflow.Inbox;
import org.tilmash.workflow.InboxItem;

/**
 * The dashboard answers "what should I do now": what waits for the user's action (their translation queue included),
 * their unread messages, and their own open work, paged; for administrators, the accounts, the security log and the
 * audit trail. Coverage has its own page.
 */
@Controller
@PreAuthorize("@permissions.canUseBackOffice()")
class DashboardController {

    static final String VIEW = "tilmash/admin/dashboard";
    static final int NEEDS_ACTION_SHOWN = 10;
    static final int INBOX_SHOWN = 5;
    static final int WORK_PAGE_SIZE = 10;
    static final int ADMIN_SHOWN = 5;
    static final int QUEUE_SHOWN = 5;

    private final ContentService content;
    private final ArticleSearch search;
    private final Inbox inbox;
    private final Permissions permissions;
    private final LanguageRegistry languages;
    private final AccountService accounts;
    private final SecurityLog securityLog;
    private final AuditTrail audit;
    private final Translations translations;

    DashboardController(
            ContentService content,
            ArticleSearch search,
            Inbox inbox,
            Permissions permissions,
            LanguageRegistry languages,
            AccountService accounts,
            SecurityLog securityLog,
            AuditTrail audit,
            Translations translations) {
        this.content = content;
        this.search = search;
        this.inbox = inbox;
        this.permissions = permissions;
        this.languages = languages;
        this.accounts = accounts;
        this.securityLog = securityLog;
        this.audit = audit;
        this.translations = translations;
    }

    @GetMapping
    String dashboard(@RequestParam(defaultValue = "1") int work, Principal principal, Model model) {
        List<String> visible = permissions.viewableLanguages();
        model.addAttribute("editorial", !visible.isEmpty());
        if (!visible.isEmpty()) {
            model.addAttribute("needsAction", needsAction(visible));
            translationQueue(model);
            // Past the last page the list is empty; beyond this bound the row offset would overflow the query.
            int current = Math.clamp(work, 1, Integer.MAX_VALUE / WORK_PAGE_SIZE);
            Page<VersionView> open = content.openWork(principal.getName(), visible, current - 1, WORK_PAGE_SIZE);
            model.addAttribute("work", open);
            model.addAttribute("workPage", current);
        }
        List<InboxItem> unread = inbox.of(principal.getName()).stream()
                .filter(item -> !item.read())
                .limit(INBOX_SHOWN)
                .toList();
        model.addAttribute("unread", unread);
        model.addAttribute("unreadCount", inbox.unread(principal.getName()));
        if (permissions.canManageUsers()) {
            administration(model);
        }
        return VIEW;
    }

    /** The first of the articles waiting for this user: to review, to bring up to date, or sent back to them. */
    private ArticleSearch.Page needsAction(List<String> visible) {
        ArticleSearch.Query query = new ArticleSearch.Query(
                visible,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                ArticlesController.needsAction(permissions, languages),
                ArticleSearch.Sort.UPDATED_DESC);
        return search.search(query, Optional.empty(), NEEDS_ACTION_SHOWN);
    }

    /**
     * The queue as {@code /admin/translations} lists it, counted, and its longest waiting items: new translations have
     * no version yet in the translator's language, so the article search behind {@link #needsAction} cannot find them.
     */
    private void translationQueue(Model model) {
        List<Translations.QueueItem> queue = translations.queue();
        model.addAttribute("queueCount", queue.size());
        model.addAttribute("queueFirst", queue.stream().limit(QUEUE_SHOWN).toList());
    }

    private void administration(Model model) {
        Map<Boolean, Long> byEnabled =
                accounts.all().stream().collect(Collectors.partitioningBy(AccountView::enabled, Collectors.counting()));
        model.addAttribute("accountsEnabled", byEnabled.get(true));
        model.addAttribute("accountsDisabled", byEnabled.get(false));
        model.addAttribute("securityEvents", securityLog.latest(ADMIN_SHOWN));
        List<AuditRecord> entries =
                audit.search(null, null, null, 0, ADMIN_SHOWN).getContent();
        model.addAttribute("auditEntries", entries);
        model.addAttribute(
                "auditTitles",
                content.workingTitles(
                        entries.stream().map(AuditRecord::versionId).toList()));
    }
}
