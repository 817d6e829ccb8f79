package org.tilmash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.support.FreePorts;

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

    /**
     * Stopped the way a service manager stops it (SIGTERM), the standalone application closes its embedded database
     * after its own connections, not before: H2's own shutdown hook used to close it first, and every stop logged
     * failed transactions and connections.
     */
    @Test
    void theStandaloneApplicationStopsCleanlyOnItsEmbeddedDatabase(@TempDir Path directory) throws Exception {
        Path log = directory.resolve("tilmash.log");
        Process application = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-jar",
                        runnableJar().toAbsolutePath().toString(),
                        "--server.port=" + FreePorts.any(),
                        "--tilmash.demo.enabled=true",
                        "--logging.level.org.springframework.boot.availability=debug")
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitLine(log, "ACCEPTING_TRAFFIC", application);
            application.destroy();
            assertThat(application.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();
        } finally {
            application.destroyForcibly();
        }

        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output).contains("Demo content loaded", "Commencing graceful shutdown");
        String stopping = output.substring(output.indexOf("Commencing graceful shutdown"));
        assertThat(stopping)
                .contains("Graceful shutdown complete")
                .doesNotContain(" ERROR ")
                .doesNotContain(" WARN ")
                .doesNotContain("Exception");
    }

    private static void awaitLine(Path log, String line, Process application) {
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    String output = Files.readString(log, StandardCharsets.UTF_8);
                    assertThat(application.isAlive())
                            .as("the application is running: %s", output)
                            .isTrue();
                    assertThat(output).contains(line);
                });
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
