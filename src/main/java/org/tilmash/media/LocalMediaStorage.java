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
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The folder of image files, the default storage: {@code <dir>/<key>/<name>} ({@code tilmash.media.dir}). Each file is
 * written under a temporary name and moved into place, so a file with its final name is always complete. The folder's
 * modification time, stamped with the application's clock, says when it was written.
 */
class LocalMediaStorage implements MediaStorage {

    private final Path root;
    private final Clock clock;

    LocalMediaStorage(Path dir, Clock clock) {
        this.root = dir.toAbsolutePath().normalize();
        this.clock = clock;
    }

    @Override
    public void write(String key, Map<String, byte[]> files) {
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

    @Override
    public Optional<Resource> read(String key, String name) {
        Path file = folder(key).resolve(name);
        return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
    }

    @Override
    public void delete(String key) {
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

    @Override
    public List<String> keys() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .map(folder -> folder.getFileName().toString())
                    .filter(name -> KEY.matcher(name).matches())
                    .toList();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public Optional<Instant> writtenAt(String key) {
        Path folder = folder(key);
        try {
            return Files.isDirectory(folder)
                    ? Optional.of(Files.getLastModifiedTime(folder).toInstant())
                    : Optional.empty();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private Path folder(String key) {
        return root.resolve(MediaStorage.requireKey(key));
    }
}
