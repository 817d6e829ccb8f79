package org.tilmash.media;

/** The image is shown to readers: some language version of its article is live. */
public class ImageInUseException extends RuntimeException {

    public static final String MESSAGE_KEY = "media.error.inUse";

    ImageInUseException(Long imageId) {
        super("Image " + imageId + " is used by a published article");
    }
}
