package org.tilmash.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 server: Adobe's S3Mock (Apache-2.0, from Maven Central), started once per test JVM in a JVM of its own,
 * since it brings its own Spring Boot. The build copies its executable jar to {@code target/s3-server/s3mock.jar}; the
 * Java launcher runs {@code src/test/s3-server/S3ServerMain.java} on a free port with the bucket {@link #BUCKET}, and
 * the server stops when this JVM ends (it watches its standard input). It starts in the background: a test calls
 * {@link #awaitReady()} before it first uses it. Without the jar, or when the server does not come up, its tests are
 * skipped with the reason, or fail with {@code CI=true} ({@link ExternalServer}).
 */
public final class S3Server extends ExternalServer {

    public static final String BUCKET = "tilmash-test";
    private static final Path BASE = Path.of("target", "s3-server");
    private static final Path JAR = BASE.resolve("s3mock.jar");
    private static final Path MAIN = Path.of("src", "test", "s3-server", "S3ServerMain.java");
    private static final Duration START = Duration.ofSeconds(120);

    private static volatile String url;
    private static volatile String problem = "";
    private static volatile CompletableFuture<Boolean> ready = CompletableFuture.completedFuture(false);

    @Override
    protected String what() {
        return "An S3 server (S3Mock from " + JAR + ")" + problem;
    }

    @Override
    protected boolean prepareOnce() {
        if (!Files.isRegularFile(JAR)) {
            problem = ": the jar was not copied";
            return false;
        }
        try {
            int http = FreePorts.any();
            int https = FreePorts.any();
            Path home = Files.createTempDirectory(Files.createDirectories(BASE), "store-");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(List.of(
                            java.toString(),
                            "-Xms64m",
                            "-Xmx256m",
                            "-XX:+UseSerialGC",
                            "-XX:TieredStopAtLevel=1",
                            "-cp",
                            JAR.toAbsolutePath().toString(),
                            MAIN.toAbsolutePath().toString(),
                            "--server.address=127.0.0.1",
                            "--server.port=" + https,
                            "--http.port=" + http,
                            "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                            "--com.adobe.testing.s3mock.store.root="
                                    + home.resolve("data").toAbsolutePath()))
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("server.log").toFile())
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
            url = address;
            // Tests build their settings from the address at once and wait for the server only when they first use
            // it (awaitReady), so it starts while their Spring contexts do.
            CompletableFuture<Boolean> started = new CompletableFuture<>();
            ready = started;
            Thread.ofPlatform().daemon().name("s3-server-start").start(() -> {
                String failure = awaitBucket(process, address);
                if (failure != null) {
                    process.destroy();
                    problem = ": " + failure + " (see " + home.resolve("server.log") + ")";
                }
                started.complete(failure == null);
            });
            return true;
        } catch (IOException e) {
            problem = ": " + e.getMessage();
            return false;
        }
    }

    /** Null once the bucket answers, else why it did not. */
    private static String awaitBucket(Process process, String address) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return "it stopped with exit code " + process.exitValue();
            }
            try {
                HttpResponse<Void> bucket = client.send(
                        HttpRequest.newBuilder(URI.create(address + "/" + BUCKET + "?max-keys=1"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (bucket.statusCode() == 200) {
                    return null;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                return "interrupted while waiting for it";
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return "interrupted while waiting for it";
            }
        }
        return "it did not start within " + START.toSeconds() + " s";
    }

    /**
     * Waits until the server answers, before a test's first request to it; if it never does, the test is skipped with
     * the reason, or fails with {@code CI=true}.
     */
    public static void awaitReady() {
        Environment.require(ready.join(), new S3Server().what());
    }

    /** The server's address, once started. */
    public static String url() {
        if (url == null) {
            throw new IllegalStateException("The S3 server is not running");
        }
        return url;
    }

    /** A key prefix of its own, so contexts and test classes sharing the bucket never see each other's objects. */
    public static String newPrefix(String name) {
        return name + "-" + UUID.randomUUID() + "/";
    }

    /** Settings that put a Tilmash instance's media in the bucket under {@code prefix}. */
    public static Map<String, String> settings(String prefix) {
        return Map.of(
                "tilmash.media.storage.type", "s3",
                "tilmash.media.storage.s3.endpoint", url(),
                "tilmash.media.storage.s3.bucket", BUCKET,
                "tilmash.media.storage.s3.prefix", prefix,
                "tilmash.media.storage.s3.region", "eu-central-1",
                "tilmash.media.storage.s3.access-key", "tilmash",
                "tilmash.media.storage.s3.secret-key", "not-a-secret");
    }

    /** A client of the test's own, to look into the bucket as an operator would. */
    public static S3Client client() {
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(url()))
                .region(Region.EU_CENTRAL_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("tilmash", "x")))
                .build();
    }
}
