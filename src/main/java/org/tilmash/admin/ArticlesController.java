package org.tilmash.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tilmash.accounts.People;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.ArticleSearch;
import org.tilmash.content.ContentService;
import org.tilmash.content.Coverage;
import org.tilmash.content.SectionView;
import org.tilmash.content.VersionState;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.search.BackOfficeSearch;
import org.tilmash.workflow.BulkActions;

/**
 * Every article the user may see, searched in the working text of the languages they may read, filtered, sorted and
 * paged by key; and actions on one language of many articles at once, rehearsed before anything changes.
 */
@Controller
@PreAuthorize("@permissions.canUseBackOffice()")
class ArticlesController {

    static final String VIEW = "tilmash/admin/articles";
    static final String BULK_VIEW = "tilmash/admin/bulk";
    static final int PAGE_SIZE = 25;
    /** The most articles a search of the list's box considers, best matches first. */
    static final int SEARCH_LIMIT = 2000;

    private final ArticleSearch search;
    private final ContentService content;
    private final BulkActions bulk;
    private final Permissions permissions;
    private final LanguageRegistry languages;
    private final People people;
    private final BackOfficeSearch backOfficeSearch;

    ArticlesController(
            ArticleSearch search,
            ContentService content,
            BulkActions bulk,
            Permissions permissions,
            LanguageRegistry languages,
            People people,
            BackOfficeSearch backOfficeSearch) {
        this.people = people;
        this.backOfficeSearch = backOfficeSearch;
        this.search = search;
        this.content = content;
        this.bulk = bulk;
        this.permissions = permissions;
        this.languages = languages;
    }

    /** The list's filters as the form sends them; every field may be empty, a malformed one is ignored. */
    public static class Filters {

        private String q;

        private Long section;

        private VersionState state;

        private String language;

        private String author;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate from;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate to;

        private boolean mine;

        private ArticleSearch.Sort sort;

        public String getQ() {
            return q;
        }

        public void setQ(String q) {
            this.q = q;
        }

        public Long getSection() {
            return section;
        }

        public void setSection(Long section) {
            this.section = section;
        }

        public VersionState getState() {
            return state;
        }

        public void setState(VersionState state) {
            this.state = state;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        public String getAuthor() {
            return author;
        }

        public void setAuthor(String author) {
            this.author = author;
        }

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }

        public boolean isMine() {
            return mine;
        }

        public void setMine(boolean mine) {
            this.mine = mine;
        }

        public ArticleSearch.Sort getSort() {
            return sort;
        }

        public void setSort(ArticleSearch.Sort sort) {
            this.sort = sort;
        }

        ArticleSearch.Sort sortOrDefault() {
            return sort == null ? ArticleSearch.Sort.DATE_DESC : sort;
        }
    }

    @GetMapping("/articles")
    String list(
            @ModelAttribute("filters") Filters filters,
            BindingResult malformed,
            @RequestParam Optional<Instant> afterKey,
            @RequestParam Optional<Long> afterId,
            Model model) {
        Optional<ArticleSearch.Cursor> after =
                afterKey.flatMap(key -> afterId.map(id -> new ArticleSearch.Cursor(key, id)));
        ArticleSearch.Page page = search.search(query(filters), after, PAGE_SIZE);
        // The people the rows name, looked up in one query rather than one per row.
        people.names(page.rows().stream()
                .flatMap(row -> row.article().cells().values().stream())
                .map(Coverage.Cell::by)
                .toList());
        model.addAttribute("page", page);
        model.addAttribute("sort", filters.sortOrDefault());
        model.addAttribute("links", new ListLinks(filters, filters.sortOrDefault()));
        model.addAttribute("continued", after.isPresent());
        if (malformed.hasErrors()) {
            model.addAttribute("error", "articles.badFilter");
        }
        return form(model);
    }

    @PostMapping("/articles/bulk")
    String rehearse(
            @RequestParam(name = "article", defaultValue = "") List<Long> articleIds,
            @RequestParam String language,
            @RequestParam BulkActions.Action action,
            @RequestParam Optional<Long> sectionId,
            Model model,
            RedirectAttributes redirect) {
        if (articleIds.isEmpty() || languages.find(language).isEmpty()) {
            Flash.refused(redirect, "bulk.nothingChosen", Map.of());
            return "redirect:/admin/articles";
        }
        List<BulkActions.Outcome> outcomes = bulk.rehearse(articleIds, language, action, sectionId.orElse(null));
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("refusals", refusals(outcomes));
        model.addAttribute(
                "willDo", outcomes.stream().filter(BulkActions.Outcome::done).count());
        model.addAttribute("titles", titles(articleIds));
        model.addAttribute("bulkLanguage", language);
        model.addAttribute("action", action);
        model.addAttribute("sectionId", sectionId.orElse(null));
        model.addAttribute("sections", sectionNames());
        return BULK_VIEW;
    }

    @PostMapping("/articles/bulk/run")
    String run(
            @RequestParam(name = "article", defaultValue = "") List<Long> articleIds,
            @RequestParam String language,
            @RequestParam BulkActions.Action action,
            @RequestParam Optional<Long> sectionId,
            RedirectAttributes redirect) {
        List<BulkActions.Outcome> outcomes = bulk.run(articleIds, language, action, sectionId.orElse(null));
        long done = outcomes.stream().filter(BulkActions.Outcome::done).count();
        redirect.addFlashAttribute("notice", "bulk.done");
        redirect.addFlashAttribute(
                "noticeArguments", Map.of("done", done, "refused", outcomes.size() - done, "action", action.name()));
        return "redirect:/admin/articles";
    }

    /** Refusals grouped by their reason, each reason with the articles it stopped. */
    private static Map<String, List<BulkActions.Outcome>> refusals(List<BulkActions.Outcome> outcomes) {
        return outcomes.stream()
                .filter(outcome -> !outcome.done())
                .collect(Collectors.groupingBy(
                        BulkActions.Outcome::refusal, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    private Map<Long, String> titles(List<Long> articleIds) {
        Map<Long, String> titles = new java.util.HashMap<>();
        search.rows(articleIds, permissions.viewableLanguages())
                .forEach((id, row) -> titles.put(id, row.article().title()));
        return titles;
    }

    private ArticleSearch.Query query(Filters filters) {
        ZoneId zone = languages.timeZone();
        Function<LocalDate, Instant> startOf = day -> day.atStartOfDay(zone).toInstant();
        List<String> codes = languages.codes();
        String language =
                filters.getLanguage() != null && codes.contains(filters.getLanguage()) ? filters.getLanguage() : null;
        // The words go to the search index (every version the user may read, drafts included, stemmed and
        // transliterated per language); the list's other filters, sorting and paging work on what it found.
        List<Long> found = backOfficeSearch.searchable(filters.getQ())
                ? backOfficeSearch.articleIds(filters.getQ(), filters.getState(), language, SEARCH_LIMIT)
                : null;
        return new ArticleSearch.Query(
                permissions.viewableLanguages(),
                found == null ? filters.getQ() : null,
                filters.getSection(),
                filters.getState(),
                language,
                filters.getAuthor(),
                Optional.ofNullable(filters.getFrom()).map(startOf).orElse(null),
                Optional.ofNullable(filters.getTo())
                        .map(day -> startOf.apply(day.plusDays(1)))
                        .orElse(null),
                filters.isMine() ? needsAction(permissions, languages) : null,
                filters.sortOrDefault(),
                found);
    }

    /** What waits for the signed-in user: reviews in their languages, and versions they may bring up to date. */
    static ArticleSearch.NeedsAction needsAction(Permissions permissions, LanguageRegistry languages) {
        List<String> codes = languages.codes();
        return new ArticleSearch.NeedsAction(
                permissions.actor(),
                codes.stream().filter(permissions::canReview).toList(),
                codes.stream().filter(permissions::canEdit).toList());
    }

    private String form(Model model) {
        model.addAttribute("sections", sectionNames());
        model.addAttribute("sectionList", content.sections());
        model.addAttribute("states", VersionState.values());
        model.addAttribute("languages", languages.all());
        model.addAttribute("actions", BulkActions.Action.values());
        return VIEW;
    }

    private Map<Long, SectionView> sectionNames() {
        return content.sections().stream().collect(Collectors.toMap(SectionView::id, section -> section));
    }
}
