/**
 * The public reader site: themes from {@code themes/} (a folder on disk overrides the built-in copy, a missing template
 * falls back to the default theme), language entry and home pages, article pages with their gallery (thumbnails and a
 * lightbox of our own on {@code <dialog>}, images from the media module), the themed, localized error pages, and
 * one permanent redirect for each address of an imported old site (looked up in the migration module). Public pages
 * are shareable by CDNs ({@code HttpCaching}: public Cache-Control, ETags from database state and build, surrogate
 * keys, no cookie but the switcher's) and served from an in-memory page cache ({@code PageCache},
 * {@code PageCacheFilter}) that content's {@link org.tilmash.content.ReaderChanges} events evict exactly, after commit,
 * through every {@link org.tilmash.site.PagePurge}; with {@code tilmash.cluster.enabled} those evictions reach the other
 * instances on the same database ({@code ClusterPageInvalidation}: LISTEN/NOTIFY and a polled table).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reader site",
        allowedDependencies = {"content", "i18n", "media", "migration", "search"})
package org.tilmash.site;
