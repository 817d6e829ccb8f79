package org.tilmash.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One language version of an article, as other modules and templates see it: its workflow facts and its working
 * revision (what editors see), plus the published revision (what readers see) when it is live.
 *
 * @param sourceRevisionId the revision this translation was made from; null for the article's original
 * @param rootSourceRevisionId the original-language revision this translation ultimately rests on
 * @param dateline the article's date readers see; null until set or first published
 * @param version the optimistic-lock version a form must send back to save over this state
 */
public record VersionView(
        Long id,
        Long articleId,
        Long sectionId,
        String sourceLanguage,
        String articleAuthor,
        String language,
        VersionState state,
        boolean outdated,
        String slug,
        RevisionView working,
        @Nullable RevisionView published,
        @Nullable Long sourceRevisionId,
        @Nullable Long rootSourceRevisionId,
        @Nullable Instant publishedAt,
        @Nullable Instant dateline,
        Instant stateChangedAt,
        String stateChangedBy,
        long version) {

    static VersionView of(ArticleVersion version) {
        Article article = version.getArticle();
        return new VersionView(
                version.getId(),
                article.getId(),
                version.getSection().getId(),
                article.getSourceLanguage(),
                article.getAuthor(),
                version.getLanguage(),
                version.getState(),
                version.isOutdated(),
                version.getSlug(),
                RevisionView.of(version.getWorkingRevision()),
                version.isLive() ? RevisionView.of(version.getPublishedRevision()) : null,
                idOf(version.getSourceRevision()),
                idOf(version.getRootSourceRevision()),
                version.getPublishedAt(),
                article.getDateline(),
                version.getStateChangedAt(),
                version.getStateChangedBy(),
                version.getVersion());
    }

    private static @Nullable Long idOf(@Nullable Revision revision) {
        return revision == null ? null : revision.getId();
    }

    /** Readers see a published revision of it. */
    public boolean live() {
        return published != null;
    }

    /** It is the article's original, not a translation. */
    public boolean original() {
        return language.equals(sourceLanguage);
    }

    /** The working title, as the back office names the version. */
    public String title() {
        return working.title();
    }
}
