package org.tilmash.content;

import java.time.Instant;

/**
 * An article as a listing shows it to readers of one language.
 *
 * @param language the language of the text shown; differs from the listing's when {@code fallback}
 * @param fallback the listing's language has no live version, so one along its fallback chain is shown
 */
public record ListedArticle(
        Long articleId,
        Long versionId,
        Long revisionId,
        String language,
        String slug,
        String title,
        String intro,
        String byline,
        Instant dateline,
        Long sectionId,
        boolean fallback) {}
