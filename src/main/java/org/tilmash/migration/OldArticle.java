package org.tilmash.migration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An item of the old site with its translations: one article of ours with a language version per member. */
record OldArticle(List<Version> versions) {

    OldArticle {
        versions = List.copyOf(versions);
    }

    enum Status {
        PUBLISHED,
        UNPUBLISHED,
        TRASHED
    }

    /**
     * One old item in one language, as the old site had it.
     *
     * @param tag the language as the old site wrote it ({@code en-GB}, {@code *}, {@code kk})
     * @param introHtml what the old site showed in listings, empty when it showed the whole text
     * @param bodyHtml the rest of the text
     * @param date when the old site dated it (publication, else creation)
     * @param author the person who wrote it there
     * @param byline what the old site printed as the author instead of the person's name, if anything
     * @param sectionOldId the old category it was filed under
     * @param gallery images that belong to the item besides those in its text (a gallery folder, a featured image)
     */
    record Version(
            long oldId,
            String tag,
            String title,
            String alias,
            String introHtml,
            String bodyHtml,
            @Nullable Instant date,
            String author,
            @Nullable String byline,
            Status status,
            @Nullable Long sectionOldId,
            List<OldImage> gallery) {

        Version {
            gallery = List.copyOf(gallery);
        }
    }

    /**
     * A gallery image: its path under the source's image folder and the texts the old site gave it, by language tag;
     * {@link #EVERY_LANGUAGE} holds those it showed in every language that had none of its own.
     */
    record OldImage(String path, Map<String, Text> texts) {

        static final String EVERY_LANGUAGE = "";

        OldImage {
            texts = Map.copyOf(texts);
        }

        static OldImage of(String path, String tag, String alt, String caption) {
            return new OldImage(path, Map.of(tag, new Text(alt, caption)));
        }
    }

    record Text(String alt, String caption) {}
}
