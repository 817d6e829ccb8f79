package org.tilmash.admin;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
class DashboardController {

    static final String VIEW = "admin/dashboard";
    private static final int WORK_LIMIT = 50;
    private static final int PAGE_SIZE = 25;

    private final ContentService content;
    private final Permissions permissions;
    private final LanguageRegistry languages;

    DashboardController(ContentService content, Permissions permissions, LanguageRegistry languages) {
        this.content = content;
        this.permissions = permissions;
        this.languages = languages;
    }

    @GetMapping("/admin")
    String dashboard(
            @RequestParam Optional<Long> section,
            @RequestParam Optional<VersionState> state,
            @RequestParam Optional<String> lang,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "1") int page,
            Principal principal,
            Model model) {
        List<String> visible = permissions.viewableLanguages();
        model.addAttribute("work", content.recentWork(visible, WORK_LIMIT));
        Optional<String> language = lang.filter(visible::contains);
        Coverage.Filter filter = new Coverage.Filter(
                section.orElse(null), state.orElse(null), language.orElse(null), mine ? principal.getName() : null);
        int current = Math.max(1, page);
        Coverage.Page coverage = content.coverage(filter, current - 1, PAGE_SIZE);
        model.addAttribute("coverage", coverage);
        model.addAttribute(
                "columns",
                languages.all().stream().filter(l -> visible.contains(l.code())).toList());
        model.addAttribute("counts", counts(visible));
        model.addAttribute("states", VersionState.values());
        model.addAttribute("sections", content.sections());
        model.addAttribute("filter", filter);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (coverage.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return VIEW;
    }

    /** Versions per state for each visible language, e.g. {@code kk → {PUBLISHED: 12, DRAFT: 3}}. */
    private Map<String, Map<VersionState, Long>> counts(List<String> visible) {
        return content.coverageCounts().stream()
                .filter(count -> visible.contains(count.language()))
                .collect(Collectors.groupingBy(
                        Coverage.Count::language, Collectors.toMap(Coverage.Count::state, Coverage.Count::count)));
    }
}
