package org.tilmash.migration;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An old item as it will be written: our languages, the section, the text of each version with its image references
 * still pointing at the old site, and the images the article's gallery gets.
 */
record Planned(
        long sectionId,
        String sourceLanguage,
        String origin,
        Instant dateline,
        Map<String, Version> versions,
        Map<String, ImagePlan> images,
        Map<String, String> imageKeys,
        String checksum) {

    record Version(
            OldArticle.Version old,
            String title,
            String intro,
            String bodyHtml,
            String slug,
            @Nullable String byline,
            boolean published,
            @Nullable Instant publishedAt) {}

    /**
     * One gallery image: its path under the old site's image folder (the key of {@link #images}; {@link #imageKeys}
     * maps each {@code src} a text uses to it), its file, and its alt text and caption per language.
     */
    record ImagePlan(String path, java.nio.file.Path file, Map<String, String> alt, Map<String, String> caption) {}
}
