package org.tilmash.content;

/** Another version in the same language already uses the slug. */
public class SlugTakenException extends RuntimeException {

    private final String slug;

    SlugTakenException(String slug) {
        super("Slug taken: " + slug);
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
