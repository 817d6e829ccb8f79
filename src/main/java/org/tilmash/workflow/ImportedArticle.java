package org.tilmash.workflow;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tilmash.content.ArticleText;

/**
 * An article brought in from elsewhere (the demo, another CMS) with its language versions already written, reviewed
 * or published there.
 *
 * @param origin where it came from, e.g. {@code demo:water-summit}: the audit trail names it
 * @param author the byline author recorded on the article and its revisions
 * @param versions by language; the source language's version must be among them
 */
public record ImportedArticle(
        Long sectionId, String sourceLanguage, String author, String origin, Map<String, Version> versions) {

    /** What the other system had: text, how far it got, and when it was published there. */
    public record Version(
            ArticleText text, State state, @Nullable Instant publishedAt) {}

    public enum State {
        DRAFT,
        IN_REVIEW,
        PUBLISHED
    }
}
