package org.tilmash.content;

import java.time.Instant;

/**
 * A language version as readers see it: only what its published revision says, never working text.
 *
 * @param dateline the article's date, the same in every language
 * @param publishedAt when this language version was first published
 * @param lastModified when its state last changed, for {@code Last-Modified}
 */
public record PublishedVersion(
        Long articleId,
        Long versionId,
        Long sectionId,
        String sourceLanguage,
        String language,
        String slug,
        Long revisionId,
        String title,
        String intro,
        String body,
        String byline,
        Instant dateline,
        Instant publishedAt,
        Instant lastModified) {

    /** The same version with its body as a page shows it, e.g. with its images completed from the gallery. */
    public PublishedVersion withBody(String shownBody) {
        return new PublishedVersion(
                articleId,
                versionId,
                sectionId,
                sourceLanguage,
                language,
                slug,
                revisionId,
                title,
                intro,
                shownBody,
                byline,
                dateline,
                publishedAt,
                lastModified);
    }

    static PublishedVersion of(ArticleVersion version) {
        return of(version, version.getPublishedRevision());
    }

    /** The version as readers would see it if {@code text} were published: what a preview shows. */
    static PublishedVersion of(ArticleVersion version, Revision text) {
        return new PublishedVersion(
                version.getArticle().getId(),
                version.getId(),
                version.getSection().getId(),
                version.getArticle().getSourceLanguage(),
                version.getLanguage(),
                version.getSlug(),
                text.getId(),
                text.getTitle(),
                text.getIntro(),
                text.getBody(),
                text.getByline(),
                version.getArticle().getDateline(),
                version.getPublishedAt(),
                version.getStateChangedAt());
    }
}
