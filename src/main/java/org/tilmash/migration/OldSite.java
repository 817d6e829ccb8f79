package org.tilmash.migration;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The old site as the importer reads it: its categories, its items (streamed, never all in memory), its addresses. */
interface OldSite extends AutoCloseable {

    /** The mapping's name for this kind of source: {@code joomla}, {@code wordpress}. */
    String source();

    List<OldSection> sections();

    /** How many items (each language version counted) {@link #articles} will hand over, for the progress bar. */
    long itemCount();

    /** Hands over every item with its translations, one group at a time, in the order of the old ids. */
    void articles(Consumer<OldArticle> sink);

    /** Menu paths and language prefixes of the old site's URLs. */
    List<LegacyPath> legacyPaths();

    /** The folder the old site's images are in, which every image path is relative to. */
    Path imageRoot();

    /**
     * The path under {@link #imageRoot} that an {@code <img src>} of a text points at, when it is one of the old
     * site's own images; empty for images elsewhere.
     */
    Optional<String> imagePath(String src);

    @Override
    void close();

    /** An old address that leads somewhere: a menu item's path or a language prefix. */
    record LegacyPath(String path, String tag, LegacyKind kind, Long oldId) {}

    enum LegacyKind {
        /** A language's own prefix ({@code en}): the language's home. */
        LANGUAGE,
        /** A list of all news (Joomla's featured view, a list of every category). */
        NEWS,
        CATEGORY,
        ARTICLE
    }
}
