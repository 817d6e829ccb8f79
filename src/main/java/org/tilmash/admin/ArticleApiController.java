package org.tilmash.admin;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.VersionView;
import org.tilmash.workflow.Workflow;

/**
 * The same language versions for tools: read the working text as JSON, import text as a new draft revision. The
 * rules are exactly those of the back-office screens.
 */
@RestController
@RequestMapping("/api/articles/{id}/{lang}")
class ArticleApiController {

    /** The working text of a language version. */
    record VersionJson(Long articleId, String language, String state, int revision, ArticleText text) {

        static VersionJson of(VersionView version) {
            return new VersionJson(
                    version.articleId(),
                    version.language(),
                    version.state().name(),
                    version.working().number(),
                    version.working().text());
        }
    }

    private final ContentService content;
    private final Workflow workflow;

    ArticleApiController(ContentService content, Workflow workflow) {
        this.content = content;
        this.workflow = workflow;
    }

    @GetMapping
    @PreAuthorize("@permissions.canView(#lang)")
    VersionJson read(@PathVariable Long id, @PathVariable String lang) {
        return VersionJson.of(find(id, lang));
    }

    /** Imports text as a new draft revision; the body is sanitized like text typed in the back office. */
    @PutMapping
    @PreAuthorize("@permissions.canEdit(#lang)")
    VersionJson importText(@PathVariable Long id, @PathVariable String lang, @RequestBody ArticleText text) {
        if (!content.articleExists(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (text.title() == null || text.title().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        ArticleText complete = new ArticleText(
                text.title(), text.intro() == null ? "" : text.intro(), text.body() == null ? "" : text.body());
        workflow.save(id, lang, complete, Optional.empty());
        return VersionJson.of(find(id, lang));
    }

    private VersionView find(Long id, String lang) {
        return content.findVersion(id, lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
