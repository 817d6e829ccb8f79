package org.tilmash.admin;

import java.util.List;
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

    private final ContentService content;
    private final Permissions permissions;

    CoverageController(ContentService content, Permissions permissions) {
        this.content = content;
        this.permissions = permissions;
    }

    @GetMapping("/admin/coverage.csv")
    ResponseEntity<String> csv() {
        StringBuilder csv = new StringBuilder("language,published,outdated,in_review,scheduled,draft,missing\r\n");
        List<Coverage.LanguageSummary> rows = content.coverageByLanguage(permissions.viewableLanguages());
        for (Coverage.LanguageSummary row : rows) {
            csv.append(String.join(
                            ",",
                            row.language(),
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
}
