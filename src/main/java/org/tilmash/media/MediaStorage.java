package org.tilmash.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The folder of image files: {@code <dir>/<key>/<name>}, where the key is a random UUID and the names are ours. Each
 * file is written under a temporary name and moved into place, so a file with its final name is always complete.
 */
@Component
class MediaStorage {

    static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path root;
    private final Clock clock;

    MediaStorage(MediaProperties properties, Clock clock) {
        this.root = properties.getDir().toAbsolutePath().normalize();
        this.clock = clock;
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    void write(String key, Map<String, byte[]> files) {
        Path folder = folder(key);
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path partial = folder.resolve(file.getKey() + ".partial");
                Files.write(partial, file.getValue());
                Files.move(
                        partial,
                        folder.resolve(file.getKey()),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            // Stamped with the application's clock, not the file system's, so the cleanup compares like with like.
            Files.setLastModifiedTime(folder, FileTime.from(clock.instant()));
        } catch (IOException failed) {
            delete(key);
            throw new UncheckedIOException(failed);
        }
    }

    /** A file of an image; both parts come from our database row, never from the request. */
    Path file(String key, String name) {
        return folder(key).resolve(name);
    }

    void delete(String key) {
        Path folder = folder(key);
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException problem) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Folders last changed before {@code before}, by key; anything else in the folder is not ours and stays. */
    List<String> keysOlderThan(Instant before) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(folder ->
                            KEY.matcher(folder.getFileName().toString()).matches())
                    .filter(folder -> lastModified(folder).isBefore(before))
                    .map(folder -> folder.getFileName().toString())
                    .toList();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private Path folder(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return root.resolve(key);
    }

    private static Instant lastModified(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toInstant();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
