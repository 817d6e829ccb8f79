package org.tilmash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar, as {@code ./mvnw package} builds it, carries what the standalone application needs at run time
 * (optional dependencies that host applications do not get unasked included) and nothing of the build's or the tests'.
 */
class PackagedJarIT {

    @Test
    void theRunnableJarCarriesTheStandaloneApplicationsRuntimeAndNothingElse() throws IOException {
        List<String> libraries = libraries(runnableJar());

        assertThat(libraries)
                .as("sessions in the database, on every instance")
                .anyMatch(library -> library.startsWith("spring-session-jdbc-"))
                .anyMatch(library -> library.startsWith("spring-boot-session-jdbc-"));
        assertThat(libraries)
                .as("the embedded database and PostgreSQL's driver")
                .anyMatch(library -> library.startsWith("h2-"))
                .anyMatch(library -> library.startsWith("postgresql-"));
        assertThat(libraries)
                .as("nothing of the build or the tests")
                .noneMatch(library -> library.startsWith("spring-boot-configuration-processor-"))
                .noneMatch(library -> library.startsWith("junit-"))
                .noneMatch(library -> library.startsWith("mockito-"))
                .noneMatch(library -> library.startsWith("selenium-"));
    }

    private static Path runnableJar() throws IOException {
        try (Stream<Path> built = Files.list(Path.of("target"))) {
            return built.filter(path -> path.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no runnable jar in target/: run after package"));
        }
    }

    private static List<String> libraries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream()
                    .map(JarEntry::getName)
                    .filter(name -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
                    .map(name -> name.substring("BOOT-INF/lib/".length()))
                    .toList();
        }
    }
}
