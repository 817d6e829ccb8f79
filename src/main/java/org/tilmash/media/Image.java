package org.tilmash.media;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One image of a gallery as readers and editors see it: its position, its renditions' URLs and its texts per
 * language. URLs are built from the key we generated, never from anything the uploader sent.
 *
 * @param lead whether it is the article's lead image
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
        boolean lead,
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

    /** The rendition closest to {@code width} without being narrower, else the widest: for Open Graph and editors. */
    public Rendition renditionFor(int width) {
        return renditions.stream().filter(r -> r.width() >= width).findFirst().orElse(renditions.getLast());
    }

    /** Whether {@code src} is the URL of one of its renditions (or its thumbnail). */
    public boolean serves(String src) {
        return thumbnailUrl.equals(src)
                || renditions.stream().anyMatch(r -> r.url().equals(src));
    }

    /** The height of a rendition {@code width} pixels wide, keeping the original's proportions. */
    public int heightAt(int width) {
        return this.width == 0 ? width : Math.round((float) height * width / this.width);
    }

    /** The number editors and messages use: position 0 is image 1. */
    public int number() {
        return position + 1;
    }
}
