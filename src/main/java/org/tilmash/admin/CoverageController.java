package org.tilmash.admin;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.ContentService;
import org.tilmash.content.Coverage;
import org.tilmash.content.VersionState;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.i18n.TilmashMessages;

/**
 * How far each article has come in each language: the matrix of articles × the languages the user may see, with
 * filters, paging, counts and a chart per language; and the counts as CSV, for spreadsheets and reports.
 */
@Controller
@PreAuthorize("@permissions.canUseBackOffice()")
class CoverageController {

    static final String VIEW = "tilmash/admin/coverage";
    private static final int PAGE_SIZE = 25;

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** The states a language's versions are counted in, in the reader's language: the table's, chart's and CSV's. */
    private static final List<String> STATES = List.of(
            "account.state.PUBLISHED",
            "coverage.outdated",
            "account.state.IN_REVIEW",
            "account.state.SCHEDULED",
            "account.state.DRAFT",
            "coverage.missing.heading");

    private final ContentService content;
    private final Permissions permissions;
    private final LanguageRegistry languages;
    private final TilmashMessages messages;

    CoverageController(
            ContentService content, Permissions permissions, LanguageRegistry languages, TilmashMessages messages) {
        this.content = content;
        this.permissions = permissions;
        this.languages = languages;
        this.messages = messages;
    }

    @GetMapping("/coverage")
    String coverage(
            @RequestParam Optional<Long> section,
            @RequestParam Optional<VersionState> state,
            @RequestParam Optional<String> lang,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "1") int page,
            Principal principal,
            Locale locale,
            Model model) {
        List<String> visible = permissions.viewableLanguages();
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
        String series = STATES.stream()
                .map(key -> messages.getMessage(key, null, locale))
                .collect(Collectors.joining("|"));
        String values =
                summary.stream().map(row -> String.join(",", counts(row))).collect(Collectors.joining("|"));
        return new ChartData(labels, series, values);
    }

    /** A language's counts in the order of {@link #STATES}. */
    private static List<String> counts(Coverage.LanguageSummary row) {
        return Stream.of(row.published(), row.outdated(), row.inReview(), row.scheduled(), row.draft(), row.missing())
                .map(String::valueOf)
                .toList();
    }

    record ChartData(String labels, String series, String values) {}

    @GetMapping("/coverage.csv")
    @ResponseBody
    ResponseEntity<String> csv(Locale locale) {
        // The byte order mark tells spreadsheet programs the file is UTF-8; without it Excel garbles every non-Latin
        // heading and language name.
        StringBuilder csv = new StringBuilder("\uFEFF")
                .append(Stream.concat(Stream.of("account.work.language"), STATES.stream())
                        .map(key -> quoted(messages.getMessage(key, null, locale)))
                        .collect(Collectors.joining(",")))
                .append("\r\n");
        List<Coverage.LanguageSummary> rows = content.coverageByLanguage(permissions.viewableLanguages());
        for (Coverage.LanguageSummary row : rows) {
            String language = quoted(
                    messages.getMessage("language.label", new Object[] {Map.of("language", row.language())}, locale));
            csv.append(language)
                    .append(',')
                    .append(String.join(",", counts(row)))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"coverage.csv\"")
                .body(csv.toString());
    }

    /** RFC 4180: a field with a comma, quote or line break goes in quotes. */
    private static String quoted(String field) {
        return field.matches("(?s).*[\",\r\n].*") ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
