package org.tilmash.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenSearch node (3.x, from Maven Central's jars: the engine, the Netty4 HTTP transport and the common
 * analysis module), started once per test JVM in a JVM of its own, since OpenSearch's Lucene is not ours. The build
 * copies its jars to {@code target/opensearch-node/lib} ({@code src/test/opensearch-node/pom.xml}); the Java launcher
 * runs {@code src/test/opensearch-node/OpenSearchNodeMain.java} on a free port, and the node stops when this JVM
 * ends (it watches its standard input). Without the jars, or when the node does not come up, its tests are skipped
 * with the reason, or fail with {@code CI=true} ({@link ExternalServer}).
 */
public final class OpenSearchNode extends ExternalServer {

    private static final Path BASE = Path.of("target", "opensearch-node");
    private static final Path LIB = BASE.resolve("lib");
    private static final Path MAIN = Path.of("src", "test", "opensearch-node", "OpenSearchNodeMain.java");
    private static final Duration START = Duration.ofSeconds(180);
    /**
     * HTTP/1.1 only: the JDK's client otherwise asks a plain-HTTP server to upgrade to HTTP/2, which the node does
     * not do, and a hung request would hang the build instead of failing one test.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final Duration REQUEST = Duration.ofSeconds(60);

    private static volatile String url;
    private static volatile String problem = "";

    @Override
    protected String what() {
        return "An OpenSearch node (jars in " + LIB + ")" + problem;
    }

    @Override
    protected boolean prepareOnce() {
        if (!Files.isDirectory(LIB)) {
            problem = ": the jars were not copied";
            return false;
        }
        try {
            int http = FreePorts.any();
            int transport = FreePorts.any();
            Path home = Files.createTempDirectory(Files.createDirectories(BASE), "node-");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(List.of(
                            java.toString(),
                            "-Xms256m",
                            "-Xmx512m",
                            "-XX:+UseSerialGC",
                            "--enable-native-access=ALL-UNNAMED",
                            "-cp",
                            LIB.toAbsolutePath() + File.separator + "*",
                            MAIN.toAbsolutePath().toString(),
                            home.toString(),
                            String.valueOf(http),
                            String.valueOf(transport)))
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("node.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    process.getOutputStream().close();
                } catch (IOException ignored) {
                    // already gone
                }
                process.destroy();
            }));
            String address = "http://127.0.0.1:" + http;
            if (!awaitHealthy(process, address)) {
                process.destroy();
                problem =
                        ": it did not start within " + START.toSeconds() + " s (see " + home.resolve("node.log") + ")";
                return false;
            }
            url = address;
            return true;
        } catch (IOException e) {
            problem = ": " + e.getMessage();
            return false;
        }
    }

    private static boolean awaitHealthy(Process process, String address) {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> health = CLIENT.send(
                        HttpRequest.newBuilder(
                                        URI.create(address + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** The node's HTTP address, once started. */
    public static String url() {
        if (url == null) {
            throw new IllegalStateException("The OpenSearch node is not running");
        }
        return url;
    }

    /** A GET on the node, for what a test checks in the engine itself. */
    public static String get(String path) {
        try {
            return CLIENT.send(
                            HttpRequest.newBuilder(URI.create(url() + path))
                                    .timeout(REQUEST)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A POST of JSON on the node (the {@code _analyze} API). */
    public static String post(String path, String json) {
        try {
            return CLIENT.send(
                            HttpRequest.newBuilder(URI.create(url() + path))
                                    .timeout(REQUEST)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(json))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Points a Spring context at the node, with the OpenSearch backend and indexes of its own. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("tilmash.search.backend", () -> "opensearch");
        registry.add("tilmash.search.opensearch.uris", OpenSearchNode::url);
        // each context its own indexes: the suite keeps several contexts, on different databases, alive at once
        String prefix = "test-" + Long.toString(System.nanoTime(), 36) + "-";
        registry.add("tilmash.search.opensearch.index-prefix", () -> prefix);
    }
}
