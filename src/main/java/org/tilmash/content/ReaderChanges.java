package org.tilmash.content;

import org.jspecify.annotations.Nullable;

/**
 * Events content publishes inside the writing transaction whenever what readers see changes, delivered to listeners
 * after commit: the site evicts exactly the cached pages they concern (and tells CDNs). Working text, drafts and
 * reviews change nothing readers see and publish nothing.
 */
public final class ReaderChanges {

    private ReaderChanges() {}

    /**
     * An article's live text, slug, date or section changed.
     *
     * @param language the language version that changed; null: the article as a whole (its date or section)
     * @param listings whether the article entered, left or moved within listings (a first publication, an
     *     unpublication, a new date or section), so every listing of the languages that show it changes; false when
     *     only the article's own text or address changed (a new revision going live, a new slug)
     */
    public record ArticleChanged(Long articleId, @Nullable String language, boolean listings) {}

    /** A section was created, renamed, reordered, archived or merged: every page's navigation changes. */
    public record SectionsChanged(Long sectionId) {}

    /** Every listing and section counter was rebuilt (at start, after the fallback chains changed): every page changes. */
    public record ListingsRebuilt() {}
}
