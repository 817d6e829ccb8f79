package org.tilmash;

import static java.awt.Color.BLUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.AccountView;
import org.tilmash.accounts.Role;
import org.tilmash.content.ContentService;
import org.tilmash.content.VersionState;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;
import org.tilmash.media.ImageText;
import org.tilmash.media.MediaCleanupRun;
import org.tilmash.media.MediaProperties;
import org.tilmash.migration.ImportJobs;
import org.tilmash.migration.ImportRequest;
import org.tilmash.migration.ImportSource;
import org.tilmash.support.Fixture;
import org.tilmash.support.OpenSearchNode;
import org.tilmash.support.Postgres;
import org.tilmash.support.RoundRobinProxy;
import org.tilmash.support.S3Server;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TestImages;
import org.tilmash.support.WebVisitor;
import org.tilmash.workflow.AuditTrail;
import org.tilmash.workflow.Transition;
import org.tilmash.workflow.Workflow;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Three Tilmash instances on one PostgreSQL database behind a round-robin balancer of the test's own, as a
 * deployment with several nodes runs: sessions, sign-outs, page-cache evictions and scheduled publications hold across
 * nodes, and a node killed in the middle of a write loses nothing the client was told was saved. The page cache is on;
 * the fallback poll is set to a minute, so only {@code LISTEN/NOTIFY} can evict the other nodes' pages within the
 * second asserted here. Media live in one S3 bucket (a real S3 server, {@link S3Server}), so an image uploaded on one
 * node is served by every node; nothing is written to a node's disk. Without PostgreSQL or the S3 server the test is
 * skipped; with {@code CI=true} it fails.
 */
@ExtendWith({Postgres.class, S3Server.class, OpenSearchNode.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private static final List<Integer> ports = new ArrayList<>();
    private static RoundRobinProxy proxy;
    private static String media;
    private static String database;
    private static String bucketPrefix;
    /** One search index for the three nodes, as in production: OpenSearch with outbox-polling coordination. */
    private static final String INDEX_PREFIX = "cluster-" + Long.toString(System.nanoTime(), 36) + "-";

    @BeforeAll
    static void startThreeNodes() throws Exception {
        // The local folder must stay unused: every node keeps its media in the shared bucket.
        media = "target/test-media/cluster-" + UUID.randomUUID();
        // Its own database: other tests' contexts, cached and running, would otherwise register search agents in the
        // same outbox tables and take a share of these nodes' changes into their own indexes.
        database = Postgres.freshDatabase("cluster");
        bucketPrefix = S3Server.newPrefix("cluster");
        // The first node migrates the schema; the other two start together against it.
        nodes.add(node("a"));
        ExecutorService starting = Executors.newFixedThreadPool(2);
        Future<ConfigurableApplicationContext> b = starting.submit(() -> node("b"));
        Future<ConfigurableApplicationContext> c = starting.submit(() -> node("c"));
        nodes.add(b.get());
        nodes.add(c.get());
        starting.shutdown();
        for (ConfigurableApplicationContext node : nodes) {
            ports.add(((WebServerApplicationContext) node).getWebServer().getPort());
        }
        proxy = new RoundRobinProxy(ports);
    }

    private static ConfigurableApplicationContext node(String name) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", 0);
        // Killed in the last test as a crash would: no grace for requests in flight.
        settings.put("server.shutdown", "immediate");
        settings.put("spring.datasource.url", database);
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.datasource.password", "");
        settings.put("spring.datasource.hikari.maximum-pool-size", 5);
        settings.put("spring.datasource.hikari.minimum-idle", 1);
        settings.put("tilmash.cluster.enabled", true);
        settings.put("tilmash.cluster.node-id", "cluster-test-" + name);
        // A minute on A and B, so only NOTIFY evicts their pages quickly; a second on C, whose poll alone must catch
        // what no notification announced.
        settings.put("tilmash.cluster.poll-interval", name.equals("c") ? "PT1S" : "PT60S");
        settings.put("tilmash.site.page-cache.enabled", true);
        settings.put("tilmash.workflow.scheduler-interval", "PT0.5S");
        settings.put("tilmash.search.backend", "opensearch");
        settings.put("tilmash.search.opensearch.uris", OpenSearchNode.url());
        settings.put("tilmash.search.opensearch.index-prefix", INDEX_PREFIX);
        settings.put("tilmash.media.dir", media);
        settings.putAll(S3Server.settings(bucketPrefix));
        settings.put("tilmash.demo.enabled", false);
        settings.put("spring.main.banner-mode", "off");
        // As command-line arguments: they outrank application.yml and the test profile's settings.
        String[] arguments = settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(TilmashApplication.class)
                .profiles("test")
                .run(arguments);
    }

    @AfterAll
    static void stop() {
        if (proxy != null) {
            proxy.close();
        }
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    private static ConfigurableApplicationContext a() {
        return nodes.get(0);
    }

    private static String account(Role role, String... languages) {
        return a().getBean(Fixture.class).account("cluster", role, languages);
    }

    private static HttpResponse<String> anonymous(int port, String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept-Language", "en")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /**
     * The page as node {@code port} serves it from its cache. The evictions of the fixture's own changes (a new
     * section evicts every page) reach the node a moment later and may drop a page cached before them: ask until hit.
     */
    private static HttpResponse<String> cached(int port, String path) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        HttpResponse<String> response = anonymous(port, path);
        while (!response.headers().firstValue("X-Page-Cache").orElse("").equals("hit")
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = anonymous(port, path);
        }
        assertThat(response.headers().firstValue("X-Page-Cache"))
                .as(path + " cached")
                .hasValue("hit");
        return response;
    }

    @Test
    @Order(1)
    void aSignedInUsersSessionHoldsOnEveryNodeAndConcurrentRequestsOfItSucceed() throws Exception {
        String editor = account(Role.EDITOR);
        WebVisitor browser = new WebVisitor(proxy.port(), "en");
        assertThat(browser.login(editor, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);

        // Right after sign-in the session has no CSRF token yet: pages rendered at once all store one.
        ExecutorService parallel = Executors.newFixedThreadPool(9);
        List<Future<HttpResponse<String>>> pages = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            pages.add(parallel.submit(() -> browser.get("/admin")));
        }
        Set<String> servedBy = new HashSet<>();
        for (Future<HttpResponse<String>> page : pages) {
            HttpResponse<String> response = page.get();
            assertThat(response.statusCode()).as("signed in on every node").isEqualTo(200);
            servedBy.add(
                    response.headers().firstValue(RoundRobinProxy.NODE_HEADER).orElseThrow());
        }
        parallel.shutdown();
        assertThat(servedBy).containsExactlyInAnyOrder("0", "1", "2");
        assertThat(browser.submit("/admin", "/logout", Map.of()).statusCode()).isEqualTo(302);
        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/admin").statusCode())
                    .as("signed out on every node")
                    .isEqualTo(302);
        }
    }

    @Test
    @Order(2)
    void disablingAUserOnOneNodeSignsThemOutOnTheOthers() {
        String translator = account(Role.TRANSLATOR, "kk");
        WebVisitor browser = new WebVisitor(proxy.port(), "en");
        browser.login(translator, TestAccounts.PASSWORD);
        String session = browser.cookie("SESSION");
        WebVisitor onB = new WebVisitor(ports.get(1), "en");
        onB.setCookie("SESSION", session);
        WebVisitor onC = new WebVisitor(ports.get(2), "en");
        onC.setCookie("SESSION", session);
        assertThat(onB.get("/admin").statusCode()).isEqualTo(200);
        assertThat(onC.get("/admin").statusCode()).isEqualTo(200);

        AccountService accounts = a().getBean(AccountService.class);
        AccountView account = accounts.all().stream()
                .filter(candidate -> candidate.username().equals(translator))
                .findFirst()
                .orElseThrow();
        String admin = account(Role.ADMIN);
        accounts.disable(account.id(), admin);

        assertThat(onB.get("/admin").statusCode()).as("signed out on B").isEqualTo(302);
        assertThat(onC.get("/admin").statusCode()).as("signed out on C").isEqualTo(302);
    }

    @Test
    @Order(3)
    void publishingOnOneNodeEvictsTheOtherNodesCachedPagesWithinASecond() throws Exception {
        Fixture fixture = a().getBean(Fixture.class);
        Fixture.Section section = fixture.section("Cluster");
        fixture.article("en")
                .in(section)
                .published("en", Fixture.text("First on the cluster", "Intro"))
                .create();
        String page = "/en/news/" + section.slug();
        for (int node : List.of(1, 2)) {
            HttpResponse<String> cached = cached(ports.get(node), page);
            assertThat(cached.body()).contains("First on the cluster").doesNotContain("Second on the cluster");
        }

        fixture.article("en")
                .in(section)
                .published("en", Fixture.text("Second on the cluster", "Intro"))
                .create();
        long published = System.nanoTime();

        for (int node : List.of(1, 2)) {
            HttpResponse<String> fresh = anonymous(ports.get(node), page);
            while (!fresh.body().contains("Second on the cluster")
                    && System.nanoTime() - published < Duration.ofSeconds(3).toNanos()) {
                Thread.sleep(50);
                fresh = anonymous(ports.get(node), page);
            }
            assertThat(fresh.body()).as("node " + node).contains("Second on the cluster");
            assertThat(Duration.ofNanos(System.nanoTime() - published))
                    .as("stale on node " + node + " for no more than a second")
                    .isLessThan(Duration.ofSeconds(1));
        }
        String etag = anonymous(ports.get(0), page).headers().firstValue("ETag").orElseThrow();
        for (int node : List.of(1, 2)) {
            HttpResponse<String> same = anonymous(ports.get(node), page);
            assertThat(same.headers().firstValue("ETag"))
                    .as("the same ETag from node " + node)
                    .hasValue(etag);
            assertThat(same.headers().firstValue("Last-Modified"))
                    .isEqualTo(anonymous(ports.get(0), page).headers().firstValue("Last-Modified"));
        }
    }

    @Test
    @Order(4)
    void anEvictionWhoseNotificationWasLostReachesANodeByItsPoll() throws Exception {
        Fixture fixture = a().getBean(Fixture.class);
        Fixture.Section section = fixture.section("Lost notification");
        fixture.article("en")
                .in(section)
                .published("en", Fixture.text("Polled", "Intro"))
                .create();
        String page = "/en/news/" + section.slug();
        int c = ports.get(2);
        cached(c, page);

        // What another node wrote while its NOTIFY went nowhere (a pooler that drops it, a reconnect).
        a().getBean(JdbcTemplate.class)
                .update(
                        "insert into tilmash_page_invalidation (surrogate_keys, origin) values (?, ?)",
                        "listings-en sitemap",
                        "a-node-whose-notify-was-lost");
        long written = System.nanoTime();
        while (anonymous(c, page)
                        .headers()
                        .firstValue("X-Page-Cache")
                        .orElse("")
                        .equals("hit")
                && System.nanoTime() - written < Duration.ofSeconds(5).toNanos()) {
            Thread.sleep(100);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - written))
                .as("evicted within the poll interval (a second) and the time of one poll")
                .isLessThan(Duration.ofMillis(2500));
    }

    @Test
    @Order(5)
    void aScheduledPublicationFiresExactlyOnceWithThreeNodesRacing() throws Exception {
        Fixture.Article article = a().getBean(Fixture.class)
                .article("en")
                .inReview("en", Fixture.text("Scheduled on the cluster", "Intro"))
                .create();
        Long version = article.version("en");
        Instant tomorrow = a().getBean(java.time.Clock.class).instant().plus(1, ChronoUnit.DAYS);
        SignedIn.run(article.reviewer(), () -> a().getBean(Workflow.class).approve(version, Optional.of(tomorrow)));
        ContentService content = a().getBean(ContentService.class);
        assertThat(content.version(version).orElseThrow().state()).isEqualTo(VersionState.SCHEDULED);

        // Its hour comes by the database's clock, half a second from now, while all three schedulers look every 0.5 s.
        JdbcTemplate jdbc = a().getBean(JdbcTemplate.class);
        Timestamp databaseNow = jdbc.queryForObject("select current_timestamp", Timestamp.class);
        jdbc.update(
                "update tilmash_scheduled_publication set publish_at = ? where version_id = ?",
                Timestamp.from(databaseNow.toInstant().plusMillis(500)),
                version);

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (content.version(version).orElseThrow().state() != VersionState.PUBLISHED
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(content.version(version).orElseThrow().state()).isEqualTo(VersionState.PUBLISHED);
        Thread.sleep(1500);
        assertThat(a().getBean(AuditTrail.class).ofArticle(article.id()))
                .filteredOn(entry -> entry.action() == Transition.PUBLISHED)
                .as("published once")
                .hasSize(1);
    }

    @Test
    @Order(6)
    void anImageUploadedOnOneNodeLivesInTheSharedBucketAndEveryNodeServesAndRemovesIt() throws Exception {
        S3Server.awaitReady();
        Fixture.Article article = a().getBean(Fixture.class)
                .article("en")
                .draft("en", Fixture.text("River in flood", "Intro"))
                .create();
        Long id = article.id();
        WebVisitor onA = new WebVisitor(ports.get(0), "en");
        onA.login(article.editor(), TestAccounts.PASSWORD);
        String galleryPage = "/admin/articles/" + id + "/en/gallery";
        String upload = "/admin/articles/" + id + "/gallery/upload";
        HttpResponse<String> answer =
                onA.upload(galleryPage, upload, "files", "river.jpg", "image/jpeg", TestImages.jpeg(1200, 800, BLUE));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"accepted\":true");
        Gallery gallery = a().getBean(Gallery.class);
        Image river = gallery.of(id).getFirst();
        String key = river.thumbnailUrl().split("/")[2];

        try (S3Client s3 = S3Server.client()) {
            assertThat(objects(s3, key))
                    .as("the original and every rendition, in the bucket")
                    .containsExactlyInAnyOrder("original", "thumb.jpg", "480.jpg", "960.jpg", "1200.jpg");
            assertThat(Path.of(media)).as("nothing on a node's disk").doesNotExist();

            // Uploaded on A, served by B and C: from the bucket, with the headers of the local store.
            byte[] stored = s3.getObjectAsBytes(
                            get -> get.bucket(S3Server.BUCKET).key(bucketPrefix + key + "/960.jpg"))
                    .asByteArray();
            for (int node : List.of(1, 2)) {
                HttpResponse<byte[]> served = bytes(ports.get(node), "/media/" + key + "/960.jpg", Map.of());
                assertThat(served.statusCode()).isEqualTo(200);
                assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
                assertThat(served.headers().firstValue("Cache-Control").orElseThrow())
                        .contains("public", "max-age=31536000", "immutable");
                assertThat(served.headers().firstValue("X-Content-Type-Options"))
                        .hasValue("nosniff");
                assertThat(served.body()).isEqualTo(stored);
                assertThat(ImageIO.read(new ByteArrayInputStream(served.body())).getWidth())
                        .isEqualTo(960);
            }
            HttpResponse<byte[]> part =
                    bytes(ports.get(1), "/media/" + key + "/960.jpg", Map.of("Range", "bytes=100-199"));
            assertThat(part.statusCode()).isEqualTo(206);
            assertThat(part.body()).isEqualTo(Arrays.copyOfRange(stored, 100, 200));
            assertThat(bytes(ports.get(1), "/media/" + key + "/original", Map.of())
                            .statusCode())
                    .as("the original is never served")
                    .isEqualTo(404);

            // Published on A: readers of B get the page with the image from the bucket.
            gallery.writeTexts(id, river.id(), "en", new ImageText("A river over its banks", "", ""));
            a().getBean(Fixture.class).submitAndApprove(article.version("en"), article.editor(), article.reviewer());
            HttpResponse<String> page;
            try (HttpClient client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build()) {
                page = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(1) + "/en/news/" + id))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("/media/" + key + "/960.jpg", "A river over its banks");

            // A second image, uploaded on A and removed on C: its objects leave the bucket, no node serves it.
            onA.upload(galleryPage, upload, "files", "bank.png", "image/png", TestImages.png(300, 200, BLUE));
            Image bank = gallery.of(id).getLast();
            String bankKey = bank.thumbnailUrl().split("/")[2];
            assertThat(objects(s3, bankKey)).contains("original", "thumb.png", "300.png");
            WebVisitor onC = new WebVisitor(ports.get(2), "en");
            onC.setCookie("SESSION", onA.cookie("SESSION"));
            assertThat(onC.submit(
                                    galleryPage,
                                    "/admin/articles/" + id + "/gallery/remove",
                                    Map.of("image", String.valueOf(bank.id()), "lang", "en"))
                            .statusCode())
                    .isEqualTo(302);
            assertThat(objects(s3, bankKey)).as("removed from the bucket").isEmpty();
            for (int node : List.of(0, 1, 2)) {
                assertThat(bytes(ports.get(node), bank.thumbnailUrl(), Map.of()).statusCode())
                        .isEqualTo(404);
            }

            // An upload that never reached the database leaves objects: the cleanup removes them once old enough.
            Clock clock = a().getBean(Clock.class);
            Duration grace = a().getBean(MediaProperties.class).getCleanupGrace();
            String orphan = UUID.randomUUID().toString();
            String inFlight = UUID.randomUUID().toString();
            put(s3, orphan, clock.instant().minus(grace).minus(Duration.ofMinutes(5)));
            put(s3, inFlight, clock.instant());
            List<String> removed = MediaCleanupRun.clean(nodes.get(1));
            assertThat(removed).containsExactly(orphan);
            assertThat(objects(s3, orphan)).isEmpty();
            assertThat(objects(s3, inFlight))
                    .as("younger than the grace period")
                    .isNotEmpty();
            assertThat(objects(s3, key)).as("known to the database").isNotEmpty();
        }
    }

    /** The names of the objects of one image in the bucket. */
    private static List<String> objects(S3Client s3, String key) {
        String folder = bucketPrefix + key + "/";
        return s3.listObjectsV2Paginator(list -> list.bucket(S3Server.BUCKET).prefix(folder)).contents().stream()
                .map(object -> object.key().substring(folder.length()))
                .toList();
    }

    /** An object written as Tilmash writes them, at {@code written} by the application's clock. */
    private static void put(S3Client s3, String key, Instant written) {
        s3.putObject(
                put -> put.bucket(S3Server.BUCKET)
                        .key(bucketPrefix + key + "/thumb.jpg")
                        .metadata(Map.of("tilmash-written", written.toString())),
                RequestBody.fromBytes(new byte[] {1, 2, 3}));
    }

    private static HttpResponse<byte[]> bytes(int port, String path, Map<String, String> headers) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            headers.forEach(request::header);
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    @Test
    @Order(7)
    void anImportStartedOnOneNodeShowsItsProgressAndReportOnTheOthers() throws Exception {
        String admin = account(Role.ADMIN);
        Path folder = Files.createTempDirectory("cluster-import-");
        Path wxr = folder.resolve("export.xml");
        Files.writeString(wxr, WXR, StandardCharsets.UTF_8);
        ImportRequest dryRun = new ImportRequest(new ImportSource.WordPress(wxr, folder), true, true);
        String job = SignedIn.as(admin, () -> a().getBean(ImportJobs.class).start(dryRun));

        WebVisitor onB = new WebVisitor(ports.get(1), "en");
        onB.login(admin, TestAccounts.PASSWORD);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> status = onB.getJson("/admin/import/status?job=" + job);
        while (!status.body().contains("\"finished\":true") && System.nanoTime() < deadline) {
            assertThat(status.statusCode()).as("node B knows the run of node A").isEqualTo(200);
            Thread.sleep(200);
            status = onB.getJson("/admin/import/status?job=" + job);
        }
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"finished\":true", "\"percent\":100");

        WebVisitor onC = new WebVisitor(ports.get(2), "en");
        onC.login(admin, TestAccounts.PASSWORD);
        for (String page : List.of("/admin/import?job=" + job, "/admin/import")) {
            Document html = Jsoup.parse(onC.get(page).body());
            assertThat(html.select("#import-job").attr("data-status-url"))
                    .as(page + " on node C shows the run of node A")
                    .endsWith("job=" + job);
            assertThat(html.select("#import-progress")).as("finished").isEmpty();
            assertThat(html.select("#import-summary tr[data-result=CREATED] td").eachText())
                    .as("sections and articles the dry run would create")
                    .containsExactly("1", "2");
        }
    }

    /** A WordPress export of one section and two posts, one of them a draft. */
    private static final String WXR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
              <title>Old news</title>
              <language>en-US</language>
              <wp:wxr_version>1.2</wp:wxr_version>
              <wp:category><wp:term_id>71</wp:term_id><wp:category_nicename><![CDATA[cluster-import]]></wp:category_nicename>
                <wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Region]]></wp:cat_name></wp:category>
              <item>
                <title>Flood warning lifted</title>
                <content:encoded><![CDATA[<p>The water went down.</p>]]></content:encoded>
                <wp:post_id>7101</wp:post_id>
                <wp:post_date_gmt><![CDATA[2022-01-05 09:00:00]]></wp:post_date_gmt>
                <wp:post_name><![CDATA[flood-warning-lifted]]></wp:post_name>
                <wp:status><![CDATA[publish]]></wp:status>
                <wp:post_type><![CDATA[post]]></wp:post_type>
                <category domain="category" nicename="cluster-import"><![CDATA[Region]]></category>
              </item>
              <item>
                <title>Dam opened</title>
                <content:encoded><![CDATA[<p>Draft.</p>]]></content:encoded>
                <wp:post_id>7102</wp:post_id>
                <wp:post_date_gmt><![CDATA[0000-00-00 00:00:00]]></wp:post_date_gmt>
                <wp:post_name><![CDATA[]]></wp:post_name>
                <wp:status><![CDATA[draft]]></wp:status>
                <wp:post_type><![CDATA[post]]></wp:post_type>
                <category domain="category" nicename="cluster-import"><![CDATA[Region]]></category>
              </item>
            </channel>
            </rss>
            """;

    @Test
    @Order(8)
    void aPublicationOnOneNodeIsIndexedOnceInTheSharedIndexAndFoundFromEveryNode() throws Exception {
        a().getBean(Fixture.class)
                .article("en")
                .published("en", Fixture.text("Glacier survey crosses the Pamir", "Intro"))
                .create();
        for (int port : ports) {
            awaitUntil(
                    Duration.ofSeconds(30),
                    () -> anonymous(port, "/en/search?q=glacier").body().contains("Glacier survey crosses the Pamir"));
        }
        JdbcTemplate database = a().getBean(JdbcTemplate.class);
        awaitUntil(
                Duration.ofSeconds(30),
                () -> database.queryForObject("select count(*) from tilmash_search_outbox_event", Long.class) == 0);
        // Each change waits in the outbox for the one agent whose shard it falls in: three agents, three shards.
        awaitUntil(Duration.ofSeconds(30), () -> {
            List<Map<String, Object>> agents =
                    database.queryForList("select total_shard_count, assigned_shard_index from tilmash_search_agent"
                            + " where type like 'EVENT_PROCESSING%'");
            Set<Object> shards = new HashSet<>();
            agents.forEach(agent -> shards.add(agent.get("assigned_shard_index")));
            return agents.size() == 3
                    && shards.equals(Set.of(0, 1, 2))
                    && agents.stream().allMatch(agent -> Integer.valueOf(3).equals(agent.get("total_shard_count")));
        });
    }

    /** Polls {@code condition} until it holds, failing after {@code limit}. */
    private static void awaitUntil(Duration limit, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("still not so after " + limit).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    @Order(9)
    void killingANodeInTheMiddleOfAWriteLosesNothingTheClientWasToldWasSaved() throws Exception {
        Fixture.Article article = a().getBean(Fixture.class)
                .article("en")
                .draft("en", Fixture.text("Write 0", "Intro"))
                .create();
        WebVisitor browser = new WebVisitor(proxy.port(), "en");
        browser.login(article.editor(), TestAccounts.PASSWORD);
        String path = "/api/articles/" + article.id() + "/en";
        Api api = new Api(proxy.port(), browser.cookie("SESSION"), csrf(browser));

        long version = number(api.call("GET", path, null).body(), "version");
        // The first write that reaches node C kills C while C handles it.
        proxy.once(
                "PUT",
                node -> node == 2,
                () -> Thread.ofPlatform().start(() -> nodes.get(2).close()));
        List<Integer> saved = new ArrayList<>();
        int retries = 0;
        for (int write = 1; write <= 12; write++) {
            String json = "{\"title\":\"Write " + write + "\",\"intro\":\"Intro\",\"body\":\"<p>Text " + write
                    + "</p>\",\"version\":" + version + "}";
            HttpResponse<String> answer = api.call("PUT", path, json);
            while (answer.statusCode() == 502 || answer.statusCode() == 503) {
                retries++;
                answer = api.call("PUT", path, json);
            }
            if (answer.statusCode() == 409) {
                // A clear conflict: the attempt the node died with was saved after all; the text says so.
                HttpResponse<String> current = api.call("GET", path, null);
                assertThat(current.body()).contains("Write " + write);
                version = number(current.body(), "version");
                saved.add(write);
                continue;
            }
            assertThat(answer.statusCode())
                    .as("write %d: %s", write, answer.body())
                    .isEqualTo(200);
            version = number(answer.body(), "version");
            saved.add(write);
        }

        assertThat(retries).as("the client had to retry once C was gone").isPositive();
        assertThat(saved).hasSize(12);
        List<String> titles = a().getBean(ContentService.class).history(article.version("en")).stream()
                .map(revision -> revision.title())
                .toList();
        for (int write : saved) {
            assertThat(titles).as("every write the client was told was saved").contains("Write " + write);
        }
        assertThat(api.call("GET", path, null).body()).contains("Write 12");
    }

    private static String csrf(WebVisitor browser) {
        Matcher token = CSRF.matcher(browser.get("/admin").body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static long number(String json, String field) {
        Matcher value = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(value.find()).as(json).isTrue();
        return Long.parseLong(value.group(1));
    }

    /** A tool using the JSON API with the editor's session, through the balancer. */
    private record Api(int port, String session, String csrf) {

        HttpResponse<String> call(String method, String path, String json) throws Exception {
            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Cookie", "SESSION=" + session)
                        .header("X-CSRF-TOKEN", csrf)
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                json == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(json));
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
        }
    }
}
