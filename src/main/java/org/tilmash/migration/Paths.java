package org.tilmash.migration;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Paths taken from an old site's texts, which must never lead outside the folder they are relative to. */
final class Paths {

    private Paths() {}

    static Optional<Path> inside(Path root, String relative) {
        try {
            Path base = root.toAbsolutePath().normalize();
            Path resolved = base.resolve(relative.replace('\\', '/').replaceFirst("^/+", ""))
                    .normalize();
            return resolved.startsWith(base) && !resolved.equals(base) ? Optional.of(resolved) : Optional.empty();
        } catch (InvalidPathException malformed) {
            return Optional.empty();
        }
    }
}
