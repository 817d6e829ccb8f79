package org.tilmash.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.ContentService;
import org.tilmash.content.Coverage;

/** Coverage per language as CSV, for spreadsheets and reports. */
@RestController
@PreAuthorize("@permissions.canUseBackOffice()")
class CoverageController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** Column headers in the reader's language, the same words the dashboard's table uses. */
    private static final List<String> HEADERS = List.of(
            "account.work.language",
            "account.state.PUBLISHED",
            "coverage.outdated",
            "account.state.IN_REVIEW",
            "account.state.SCHEDULED",
            "account.state.DRAFT",
            "coverage.missing");

    private final ContentService content;
    private final Permissions permissions;
    private final MessageSource messages;

    CoverageController(ContentService content, Permissions permissions, MessageSource messages) {
        this.content = content;
        this.permissions = permissions;
        this.messages = messages;
    }

    @GetMapping("/admin/coverage.csv")
    ResponseEntity<String> csv(Locale locale) {
        StringBuilder csv = new StringBuilder(HEADERS.stream()
                        .map(key -> quoted(messages.getMessage(key, null, locale)))
                        .collect(Collectors.joining(",")))
                .append("\r\n");
        List<Coverage.LanguageSummary> rows = content.coverageByLanguage(permissions.viewableLanguages());
        for (Coverage.LanguageSummary row : rows) {
            csv.append(String.join(
                            ",",
                            quoted(messages.getMessage(
                                    "language.label", new Object[] {Map.of("language", row.language())}, locale)),
                            String.valueOf(row.published()),
                            String.valueOf(row.outdated()),
                            String.valueOf(row.inReview()),
                            String.valueOf(row.scheduled()),
                            String.valueOf(row.draft()),
                            String.valueOf(row.missing())))
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
