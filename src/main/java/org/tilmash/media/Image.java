package org.tilmash.media;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One image of a gallery as readers and editors see it: its position, its renditions' URLs and its texts per
 * language. URLs are built from the key we generated, never from anything the uploader sent.
 */
public record Image(
        Long id,
        Long articleId,
        int position,
        String originalName,
        int width,
        int height,
        String thumbnailUrl,
        List<Rendition> renditions,
        Map<String, ImageText> texts) {

    /** A re-encoded copy {@code width} pixels wide. */
    public record Rendition(int width, String url) {}

    public Image {
        renditions = List.copyOf(renditions);
        texts = Map.copyOf(texts);
    }

    public ImageText text(String language) {
        return texts.getOrDefault(language, ImageText.EMPTY);
    }

    public boolean hasAlt(String language) {
        return text(language).hasAlt();
    }

    /** For {@code <img srcset>}: every rendition with its width. */
    public String srcset() {
        return renditions.stream().map(r -> r.url() + " " + r.width() + "w").collect(Collectors.joining(", "));
    }

    /** The widest rendition, for the lightbox and as {@code src} for browsers without srcset. */
    public String largestUrl() {
        return renditions.getLast().url();
    }

    /** The number editors and messages use: position 0 is image 1. */
    public int number() {
        return position + 1;
    }
}
