package org.tilmash.content;

import java.time.Instant;

/** One saved revision of a language version's text, as other modules and templates see it. */
public record RevisionView(
        Long id,
        Long versionId,
        String language,
        int number,
        String title,
        String intro,
        String body,
        String byline,
        String author,
        Instant createdAt) {

    static RevisionView of(Revision revision) {
        return new RevisionView(
                revision.getId(),
                revision.getVersion().getId(),
                revision.getVersion().getLanguage(),
                revision.getNumber(),
                revision.getTitle(),
                revision.getIntro(),
                revision.getBody(),
                revision.getByline(),
                revision.getAuthor(),
                revision.getCreatedAt());
    }

    public ArticleText text() {
        return new ArticleText(title, intro, body, byline);
    }
}
