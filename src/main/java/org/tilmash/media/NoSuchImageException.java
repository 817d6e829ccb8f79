package org.tilmash.media;

/** No image with that id in that article's gallery. */
public class NoSuchImageException extends RuntimeException {

    NoSuchImageException(Long imageId) {
        super("No image " + imageId + " in this gallery");
    }
}
