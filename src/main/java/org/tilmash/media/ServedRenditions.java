package org.tilmash.media;

import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.tilmash.TilmashTransactional;

/**
 * Finds the file behind a public rendition URL from the image's own row: the key must name a stored image and the
 * file one of its renditions, so no path is ever built from the request.
 */
@Component
class ServedRenditions {

    private final ImageRepository images;
    private final MediaStorage storage;

    ServedRenditions(ImageRepository images, MediaStorage storage) {
        this.images = images;
        this.storage = storage;
    }

    /** A stored rendition and its media type. */
    record ServedFile(Resource resource, MediaType type) {}

    @TilmashTransactional(readOnly = true)
    Optional<ServedFile> find(String key, String file) {
        return images.findByStorageKey(key)
                .flatMap(image -> Optional.ofNullable(image.servedFiles().get(file))
                        .flatMap(name -> storage.read(image.getStorageKey(), name))
                        .map(resource -> new ServedFile(
                                resource,
                                image.getRenditionExt().equals("png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG)));
    }
}
