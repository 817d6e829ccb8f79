package org.tilmash.workflow;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tilmash.content.ArticleText;

/**
 * An article brought in from elsewhere (the demo, another CMS) with its language versions already written, reviewed
 * or published there.
 *
 * @param origin where it came from, e.g. {@code joomla:123}: the audit trail names it
 * @param author the account recorded as the article's and its revisions' author (readers see the bylines instead)
 * @param dateline the article's date as the other system showed it
 * @param versions by language; the source language's version must be among them
 */
public record ImportedArticle(
        Long sectionId,
        String sourceLanguage,
        String author,
        String origin,
        Instant dateline,
        Map<String, Version> versions) {

    /**
     * What the other system had: text (with its byline), the slug, how far it got, and when it was published there.
     *
     * @param slug the old URL's alias; null or taken: one is made from the title or suffixed
     * @param publishedAt when this language was first published there; null: at the article's date
     */
    public record Version(
            ArticleText text,
            @Nullable String slug,
            State state,
            @Nullable Instant publishedAt) {}

    public enum State {
        DRAFT,
        IN_REVIEW,
        PUBLISHED
    }
}
