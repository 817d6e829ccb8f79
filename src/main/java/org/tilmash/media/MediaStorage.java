package org.tilmash.media;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * Where the files of images live: {@code <key>/<name>}, where the key is a random UUID and the names are ours. The
 * local folder ({@link LocalMediaStorage}) is the default; an S3-compatible object store ({@link S3MediaStorage}) is
 * shared by every instance. Whichever it is, a file with its final name is always complete, files are written before
 * the row that points at them and deleted after the row's removal is committed.
 */
interface MediaStorage {

    Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** Rejects anything but a key we generate, so no name of a stored file ever comes from a request. */
    static String requireKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return key;
    }

    /** Writes the files of one image; on failure nothing of {@code key} is left behind. */
    void write(String key, Map<String, byte[]> files);

    /** A stored file, ready to be served; both parts come from our database row, never from the request. */
    Optional<Resource> read(String key, String name);

    /** Removes every file of {@code key}; nothing happens when there is none. */
    void delete(String key);

    /** Every key that has files, whatever the database says; anything not named like a key is not ours. */
    List<String> keys();

    /** When the files of {@code key} were written, by the application's clock; empty when there are none. */
    Optional<Instant> writtenAt(String key);
}
