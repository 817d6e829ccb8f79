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
 * captions files. SIG reads {@code <language tag>.labels.txt} (e.g. {@code ru-RU.labels.txt}) for a language and
 * {@code labels.txt} for every other, one image a line: {@code file name|title|description}. The title becomes the
 * image's alt text, the description its caption.
 */
final class GalleryFolder {

    private static final String LABELS = "labels.txt";
    private static final List<String> IMAGE_EXTENSIONS = List.of("jpg", "jpeg", "png", "gif", "webp");

    private GalleryFolder() {}

    /** The images of {@code folder} (relative to {@code root}); empty when it is missing or lies outside the root. */
    static Optional<List<OldArticle.OldImage>> read(Path root, String folder) {
        Optional<Path> dir = Paths.inside(root, folder).filter(Files::isDirectory);
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            Map<String, Map<String, OldArticle.Text>> labels = new HashMap<>();
            for (Path file : all) {
                String name = file.getFileName().toString();
                if (name.endsWith(LABELS)) {
                    String tag = name.equals(LABELS)
                            ? OldArticle.OldImage.EVERY_LANGUAGE
                            : name.substring(0, name.length() - LABELS.length() - 1);
                    labels(file)
                            .forEach((image, text) -> labels.computeIfAbsent(image, key -> new HashMap<>())
                                    .put(tag, text));
                }
            }
            return Optional.of(all.stream()
                    .filter(GalleryFolder::isImage)
                    .map(file -> new OldArticle.OldImage(
                            root.relativize(file).toString().replace('\\', '/'),
                            labels.getOrDefault(file.getFileName().toString(), Map.of())))
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

    /** One captions file; a file we cannot read leaves its images without texts, and the report lists them. */
    private static Map<String, OldArticle.Text> labels(Path file) {
        Map<String, OldArticle.Text> labels = new HashMap<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.map(line -> line.replace("\uFEFF", ""))
                    .filter(line -> line.contains("|"))
                    .map(line -> line.split("\\|", 3))
                    .forEach(label -> labels.put(
                            label[0].strip(),
                            new OldArticle.Text(label[1].strip(), label.length > 2 ? label[2].strip() : "")));
        } catch (IOException | UncheckedIOException unreadable) {
            labels.clear();
        }
        return labels;
    }
}
