package org.tilmash.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The article × language matrix of the dashboard: one row per article, one cell per language version. */
public final class Coverage {

    private Coverage() {}

    /**
     * What to show; null fields match everything.
     *
     * @param mine only articles where this user wrote a revision or moved a version
     */
    public record Filter(Long sectionId, VersionState state, String language, String mine) {}

    public record Page(List<Row> rows, long total) {}

    /**
     * One article.
     *
     * @param title what the viewer may read of its title: a working title in a language they may read (their own
     *     language's first, then the source's), else a title readers see, else null
     * @param titleLanguage the language of {@code title}
     */
    public record Row(
            Long articleId,
            String sourceLanguage,
            String title,
            String titleLanguage,
            Long sectionId,
            Map<String, Cell> cells) {}

    /**
     * One language version: its state, whether readers see a published revision, whether its source moved on, who
     * moved it last and when.
     */
    public record Cell(VersionState state, boolean live, boolean outdated, String by, Instant since) {}

    /** How far one language has come: versions live, outdated, waiting, being written, and not started. */
    public record LanguageSummary(
            String language, long published, long outdated, long inReview, long scheduled, long draft, long missing) {}

    /** How many versions of a language are in a state. */
    public record Count(String language, VersionState state, long count) {}
}
