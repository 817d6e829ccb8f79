package org.tilmash.migration;

import org.jspecify.annotations.Nullable;

/**
 * Where an old site's URL leads now.
 *
 * @param language the language the old page was in, one of ours
 * @param id our article's or section's id, for those kinds
 * @param offset for listings, how many items the old page skipped ({@code ?start=}), already on the old page's bounds
 */
public record LegacyTarget(
        Kind kind, String language, @Nullable Long id, int offset) {

    public enum Kind {
        HOME,
        NEWS,
        SECTION,
        ARTICLE,
        FEED
    }
}
