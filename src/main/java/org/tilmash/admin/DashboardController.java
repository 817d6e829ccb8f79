package org.tilmash.admin;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.ContentService;
import org.tilmash.content.Coverage;
import org.tilmash.content.VersionState;
import org.tilmash.i18n.LanguageRegistry;

/**
 * The dashboard: the user's own work, and the coverage matrix of articles × the languages they may see, with
 * filters, paging and counts per language.
 */
@Controller
@PreAuthorize("@permissions.canUseBackOffice()")
class DashboardController {

    static final String VIEW = "admin/dashboard";
    private static final int WORK_LIMIT = 50;
    private static final int PAGE_SIZE = 25;

    private final ContentService content;
    private final Permissions permissions;
    private final LanguageRegistry languages;
    private final MessageSource messages;

    DashboardController(
            ContentService content, Permissions permissions, LanguageRegistry languages, MessageSource messages) {
        this.content = content;
        this.permissions = permissions;
        this.languages = languages;
        this.messages = messages;
    }

    @GetMapping("/admin")
    String dashboard(
            @RequestParam Optional<Long> section,
            @RequestParam Optional<VersionState> state,
            @RequestParam Optional<String> lang,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "1") int page,
            Principal principal,
            Locale locale,
            Model model) {
        List<String> visible = permissions.viewableLanguages();
        model.addAttribute("work", content.recentWork(visible, WORK_LIMIT));
        Optional<String> language = lang.filter(visible::contains);
        Coverage.Filter filter = new Coverage.Filter(
                section.orElse(null), state.orElse(null), language.orElse(null), mine ? principal.getName() : null);
        // Past the last page the list is empty; beyond this bound the row offset would overflow the query.
        int current = Math.clamp(page, 1, Integer.MAX_VALUE / PAGE_SIZE);
        Coverage.Page coverage = content.coverage(filter, visible, current - 1, PAGE_SIZE);
        model.addAttribute("coverage", coverage);
        model.addAttribute(
                "columns",
                languages.all().stream().filter(l -> visible.contains(l.code())).toList());
        List<Coverage.LanguageSummary> summary = content.coverageByLanguage(visible);
        model.addAttribute("summary", summary);
        model.addAttribute("chart", chart(summary, locale));
        model.addAttribute("states", VersionState.values());
        model.addAttribute("sections", content.sections());
        model.addAttribute("filter", filter);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (coverage.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return VIEW;
    }

    /** The chart's labels, series names and values, '|'-separated for the canvas's data attributes. */
    private ChartData chart(List<Coverage.LanguageSummary> summary, Locale locale) {
        String labels = summary.stream()
                .map(row -> languages.require(row.language()).nativeName())
                .collect(Collectors.joining("|"));
        String series = Stream.of(
                        "account.state.PUBLISHED",
                        "coverage.outdated",
                        "account.state.IN_REVIEW",
                        "account.state.DRAFT",
                        "coverage.missing")
                .map(key -> messages.getMessage(key, null, locale))
                .collect(Collectors.joining("|"));
        String values = summary.stream()
                .map(row -> Stream.of(row.published(), row.outdated(), row.inReview(), row.draft(), row.missing())
                        .map(String::valueOf)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("|"));
        return new ChartData(labels, series, values);
    }

    record ChartData(String labels, String series, String values) {}
}
