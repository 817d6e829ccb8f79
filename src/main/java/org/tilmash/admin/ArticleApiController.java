package org.tilmash.admin;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.tilmash.content.EditConflictException;
import org.tilmash.content.TextRefusedException;
import org.tilmash.content.VersionView;
import org.tilmash.i18n.TilmashMessages;
import org.tilmash.workflow.Workflow;

/**
 * The same language versions for tools: read the working text as JSON, import text as a new draft revision. The
 * rules are exactly those of the back-office screens, the conflict check included: a {@code PUT} names the
 * {@code version} it was based on, as the editor's form does.
 */
@RestController
@RequestMapping("/articles/{id}/{lang}")
class ArticleApiController {

    /** The working text of a language version; {@code version} is what a {@code PUT} based on it sends back. */
    record VersionJson(Long articleId, String language, String state, int revision, long version, ArticleText text) {

        static VersionJson of(VersionView version) {
            return new VersionJson(
                    version.articleId(),
                    version.language(),
                    version.state().name(),
                    version.working().number(),
                    version.version(),
                    version.working().text());
        }
    }

    /**
     * What a tool sends: the text, and the {@code version} it read (absent when it creates the language version).
     */
    record TextJson(String title, String intro, String body, Long version) {}

    /** A refusal a tool can show: the reason in the user's language; on a conflict also both texts. */
    record Problem(String error, String message, ArticleText yours, ArticleText theirs, Long currentVersion) {}

    private final ContentService content;
    private final Workflow workflow;
    private final TilmashMessages messages;

    ArticleApiController(ContentService content, Workflow workflow, TilmashMessages messages) {
        this.content = content;
        this.workflow = workflow;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("@permissions.canView(#lang)")
    VersionJson read(@PathVariable Long id, @PathVariable String lang) {
        return VersionJson.of(find(id, lang));
    }

    /** Imports text as a new draft revision; the body is sanitized like text typed in the back office. */
    @PutMapping
    @PreAuthorize("@permissions.canEdit(#lang)")
    ResponseEntity<?> importText(
            @PathVariable Long id, @PathVariable String lang, @RequestBody TextJson text, Locale locale) {
        if (!content.articleExists(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (text.title() == null || text.title().isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "api.error.titleRequired", Map.of(), null, null, locale);
        }
        ArticleText complete = new ArticleText(
                text.title(), text.intro() == null ? "" : text.intro(), text.body() == null ? "" : text.body());
        long expected = text.version() == null ? ContentService.NOT_CREATED : text.version();
        try {
            workflow.save(id, lang, complete, Optional.of(expected));
        } catch (TextRefusedException refused) {
            return problem(HttpStatus.BAD_REQUEST, refused.messageKey(), refused.arguments(), null, null, locale);
        } catch (EditConflictException conflict) {
            return problem(
                    HttpStatus.CONFLICT,
                    "api.error.conflict",
                    Map.of(),
                    complete,
                    new Problem(
                            null, null, null, conflict.current(), find(id, lang).version()),
                    locale);
        }
        return ResponseEntity.ok(VersionJson.of(find(id, lang)));
    }

    private ResponseEntity<Problem> problem(
            HttpStatus status,
            String key,
            Map<String, Object> arguments,
            ArticleText yours,
            Problem theirs,
            Locale locale) {
        String message = messages.getMessage(key, new Object[] {arguments}, locale);
        return ResponseEntity.status(status)
                .body(new Problem(
                        key,
                        message,
                        yours,
                        theirs == null ? null : theirs.theirs(),
                        theirs == null ? null : theirs.currentVersion()));
    }

    private VersionView find(Long id, String lang) {
        return content.findVersion(id, lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
