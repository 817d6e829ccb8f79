package org.tilmash.media;

import java.util.Optional;

/** The outcome of one uploaded file: the image it became, or why it was refused. */
public record Upload(String fileName, Optional<Image> image, Optional<Refusal> refusal) {

    static Upload accepted(String fileName, Image image) {
        return new Upload(fileName, Optional.of(image), Optional.empty());
    }

    static Upload refused(String fileName, Refusal refusal) {
        return new Upload(fileName, Optional.empty(), Optional.of(refusal));
    }
}
