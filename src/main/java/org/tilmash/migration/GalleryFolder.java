package org.tilmash.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Simple Image Gallery folder on the old site: its images in name order, with the titles and descriptions of its
 * captions file. SIG reads {@code <language tag>.labels.txt} (e.g. {@code ru-RU.labels.txt}) for a language and
 * {@code labels.txt} otherwise, one image a line: {@code file name|title|description}.
 */
final class GalleryFolder {

    private static final List<String> IMAGE_EXTENSIONS = List.of("jpg", "jpeg", "png", "gif", "webp");

    private GalleryFolder() {}

    /**
     * The images of {@code folder} (relative to {@code root}) with their texts in {@code tag}; empty when the folder
     * is missing or lies outside the root.
     */
    static Optional<List<OldArticle.OldImage>> read(Path root, String folder, String tag) {
        Optional<Path> dir = Paths.inside(root, folder).filter(Files::isDirectory);
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String[]> labels = labels(dir.get(), tag);
        try (Stream<Path> files = Files.list(dir.get())) {
            return Optional.of(files.filter(Files::isRegularFile)
                    .filter(GalleryFolder::isImage)
                    .map(file -> file.getFileName().toString())
                    .sorted()
                    .map(name -> {
                        String[] label = labels.getOrDefault(name, new String[0]);
                        return new OldArticle.OldImage(
                                root.relativize(dir.get().resolve(name))
                                        .toString()
                                        .replace('\\', '/'),
                                label.length > 1 ? label[1].strip() : "",
                                label.length > 2 ? label[2].strip() : "");
                    })
                    .toList());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static Map<String, String[]> labels(Path dir, String tag) {
        Path own = dir.resolve(tag + ".labels.txt");
        Path file = !tag.isBlank() && !tag.equals("*") && Files.isRegularFile(own) ? own : dir.resolve("labels.txt");
        Map<String, String[]> labels = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return labels;
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.map(line -> line.replace("\uFEFF", ""))
                    .filter(line -> line.contains("|"))
                    .map(line -> line.split("\\|", 3))
                    .forEach(label -> labels.put(label[0].strip(), label));
        } catch (IOException | UncheckedIOException unreadable) {
            // A captions file we cannot read leaves the images without texts; the report lists them for editors.
            labels.clear();
        }
        return labels;
    }
}
