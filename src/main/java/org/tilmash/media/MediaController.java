package org.tilmash.media;

import java.time.Duration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /media/<key>/<rendition>}: the re-encoded renditions, never the original. The file is found through the
 * database row for the key and the row's own list of file names, so no path is built from the request. The bytes
 * behind a URL never change (a replaced image gets a new key), hence immutable caching for a year.
 */
@Controller
class MediaController {

    private static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final ServedRenditions renditions;

    MediaController(ServedRenditions renditions) {
        this.renditions = renditions;
    }

    @GetMapping("/media/{key:[0-9a-f-]{36}}/{file}")
    ResponseEntity<Resource> rendition(@PathVariable String key, @PathVariable String file) {
        return renditions
                .find(key, file)
                .map(served -> ResponseEntity.ok()
                        .contentType(served.type())
                        .cacheControl(FOREVER)
                        .header("X-Content-Type-Options", "nosniff")
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline().build().toString())
                        .body(served.resource()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
