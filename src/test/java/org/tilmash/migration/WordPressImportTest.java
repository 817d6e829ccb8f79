package org.tilmash.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.accounts.SystemTask;
import org.tilmash.content.ContentService;
import org.tilmash.content.VersionState;
import org.tilmash.content.VersionView;
import org.tilmash.i18n.TilmashMessages;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;
import org.tilmash.migration.ImportReport.Result;
import org.tilmash.support.TestImages;
import org.tilmash.support.TilmashTest;

/**
 * A WordPress export of our own (WXR 1.2) with a Polylang translation group, a WPML one, a page, a draft, a
 * featured image and an inline resized image: imported through the same importer, idempotent, and its permalinks and
 * {@code ?p=} links lead to the articles.
 */
@TilmashTest
class WordPressImportTest {

    @Autowired
    Importer importer;

    @Autowired
    Mapping mapping;

    @Autowired
    ContentService content;

    @Autowired
    Gallery gallery;

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    org.tilmash.i18n.TilmashMessages tilmashMessages;

    @Autowired
    TilmashMessages messages;

    @TempDir
    Path root;

    private static final long BASE = 7_000_000L + Math.floorMod(System.nanoTime(), 1000L) * 1000;

    private static String wxr(long base) {
        String p = String.valueOf(base);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                  <title>Old news</title>
                  <language>en-US</language>
                  <wp:wxr_version>1.2</wp:wxr_version>
                  <wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[dana]]></wp:author_login>
                    <wp:author_display_name><![CDATA[Dana Sultanova]]></wp:author_display_name></wp:author>
                  <wp:category><wp:term_id>P1</wp:term_id><wp:category_nicename><![CDATA[region-P]]></wp:category_nicename>
                    <wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Region]]></wp:cat_name></wp:category>
                  <item>
                    <title>Photo</title><wp:post_id>P9</wp:post_id><wp:post_type><![CDATA[attachment]]></wp:post_type>
                    <wp:attachment_url>https://old.example/wp-content/uploads/2021/12/river.png</wp:attachment_url>
                    <excerpt:encoded><![CDATA[The river in December]]></excerpt:encoded>
                    <wp:postmeta><wp:meta_key><![CDATA[_wp_attached_file]]></wp:meta_key><wp:meta_value><![CDATA[2021/12/river.png]]></wp:meta_value></wp:postmeta>
                    <wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key><wp:meta_value><![CDATA[A frozen river]]></wp:meta_value></wp:postmeta>
                  </item>
                  <item>
                    <title>River freezes early</title>
                    <link>https://old.example/2021/12/27/river-freezes-P/</link>
                    <dc:creator><![CDATA[dana]]></dc:creator>
                    <content:encoded><![CDATA[<p>The river froze a week early.</p><!--more--><p>Fishermen waited.</p><p><img src="https://old.example/wp-content/uploads/2021/12/ice-300x200.png" alt="Ice"></p>]]></content:encoded>
                    <excerpt:encoded><![CDATA[]]></excerpt:encoded>
                    <wp:post_id>P2</wp:post_id>
                    <wp:post_date><![CDATA[2021-12-27 15:15:00]]></wp:post_date>
                    <wp:post_date_gmt><![CDATA[2021-12-27 09:15:00]]></wp:post_date_gmt>
                    <wp:post_name><![CDATA[river-freezes-P]]></wp:post_name>
                    <wp:status><![CDATA[publish]]></wp:status>
                    <wp:post_type><![CDATA[post]]></wp:post_type>
                    <category domain="category" nicename="region-P"><![CDATA[Region]]></category>
                    <category domain="language" nicename="en"><![CDATA[English]]></category>
                    <category domain="post_translations" nicename="pll_P"><![CDATA[pll_P]]></category>
                    <wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[P9]]></wp:meta_value></wp:postmeta>
                    <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_content><![CDATA[Nice]]></wp:comment_content>
                      <wp:commentmeta><wp:meta_key>x</wp:meta_key><wp:meta_value>y</wp:meta_value></wp:commentmeta></wp:comment>
                  </item>
                  <item>
                    <title>Река замёрзла раньше</title>
                    <dc:creator><![CDATA[dana]]></dc:creator>
                    <content:encoded><![CDATA[<p>Река замёрзла на неделю раньше.</p>]]></content:encoded>
                    <wp:post_id>P3</wp:post_id>
                    <wp:post_date_gmt><![CDATA[2021-12-27 10:00:00]]></wp:post_date_gmt>
                    <wp:post_name><![CDATA[%d1%80%d0%b5%d0%ba%d0%b0]]></wp:post_name>
                    <wp:status><![CDATA[publish]]></wp:status>
                    <wp:post_type><![CDATA[post]]></wp:post_type>
                    <category domain="category" nicename="region-P"><![CDATA[Region]]></category>
                    <category domain="language" nicename="ru"><![CDATA[Русский]]></category>
                    <category domain="post_translations" nicename="pll_P"><![CDATA[pll_P]]></category>
                  </item>
                  <item>
                    <title>About us</title>
                    <content:encoded><![CDATA[<p>We are a news site.</p>]]></content:encoded>
                    <wp:post_id>P4</wp:post_id>
                    <wp:post_date_gmt><![CDATA[2020-01-01 00:00:00]]></wp:post_date_gmt>
                    <wp:post_name><![CDATA[about-P]]></wp:post_name>
                    <wp:status><![CDATA[publish]]></wp:status>
                    <wp:post_type><![CDATA[page]]></wp:post_type>
                    <category domain="category" nicename="region-P"><![CDATA[Region]]></category>
                    <wp:postmeta><wp:meta_key><![CDATA[_wpml_language]]></wp:meta_key><wp:meta_value><![CDATA[en]]></wp:meta_value></wp:postmeta>
                    <wp:postmeta><wp:meta_key><![CDATA[_wpml_trid]]></wp:meta_key><wp:meta_value><![CDATA[P77]]></wp:meta_value></wp:postmeta>
                  </item>
                  <item>
                    <title>Біз туралы</title>
                    <content:encoded><![CDATA[<p>Біз жаңалықтар сайтымыз.</p>]]></content:encoded>
                    <wp:post_id>P5</wp:post_id>
                    <wp:post_date_gmt><![CDATA[2020-01-02 00:00:00]]></wp:post_date_gmt>
                    <wp:post_name><![CDATA[biz-turaly-P]]></wp:post_name>
                    <wp:status><![CDATA[publish]]></wp:status>
                    <wp:post_type><![CDATA[page]]></wp:post_type>
                    <wp:postmeta><wp:meta_key><![CDATA[_wpml_language]]></wp:meta_key><wp:meta_value><![CDATA[kk]]></wp:meta_value></wp:postmeta>
                    <wp:postmeta><wp:meta_key><![CDATA[_wpml_trid]]></wp:meta_key><wp:meta_value><![CDATA[P77]]></wp:meta_value></wp:postmeta>
                  </item>
                  <item>
                    <title>Unfinished</title>
                    <content:encoded><![CDATA[<p>Later.</p>]]></content:encoded>
                    <wp:post_id>P6</wp:post_id>
                    <wp:post_date><![CDATA[2022-02-02 12:00:00]]></wp:post_date>
                    <wp:post_date_gmt><![CDATA[0000-00-00 00:00:00]]></wp:post_date_gmt>
                    <wp:post_name><![CDATA[]]></wp:post_name>
                    <wp:status><![CDATA[draft]]></wp:status>
                    <wp:post_type><![CDATA[post]]></wp:post_type>
                    <category domain="category" nicename="region-P"><![CDATA[Region]]></category>
                  </item>
                  <item>
                    <title>Menu</title><wp:post_id>P7</wp:post_id><wp:post_type><![CDATA[nav_menu_item]]></wp:post_type>
                  </item>
                </channel>
                </rss>
                """.replaceAll("P(\\d+)", p.substring(0, p.length() - 1) + "$1")
                .replace("-P", "-" + p)
                .replace("pll_P", "pll_" + p);
    }

    private long id(int relative) {
        return Long.parseLong(
                String.valueOf(BASE).substring(0, String.valueOf(BASE).length() - 1) + relative);
    }

    private ImportSource source() throws IOException {
        Path file = root.resolve("export.xml");
        Files.writeString(file, wxr(BASE), StandardCharsets.UTF_8);
        Path uploads = Files.createDirectories(root.resolve("uploads/2021/12"));
        Files.write(uploads.resolve("river.png"), TestImages.png(300, 200, Color.CYAN));
        Files.write(uploads.resolve("ice.png"), TestImages.png(600, 400, Color.WHITE));
        return new ImportSource.WordPress(file, root.resolve("uploads"));
    }

    private ImportReport run(ImportSource source, boolean dryRun) {
        return SystemTask.run("import-test", () -> importer.run(new ImportRequest(source, dryRun, true)));
    }

    @Test
    void importsPostsPagesTranslationsAndImagesAndKeepsTheirAddresses() throws Exception {
        ImportSource source = source();

        ImportReport dryRun = run(source, true);
        assertThat(dryRun.failure()).isNull();
        assertThat(dryRun.articles(Result.CREATED)).isEqualTo(3);

        ImportReport imported = run(source, false);
        assertThat(imported.sections(Result.CREATED)).isEqualTo(1);
        assertThat(imported.articles(Result.CREATED)).isEqualTo(3);

        Long river = mapping.find(WordPressSite.SOURCE, Mapping.ARTICLE, id(2))
                .orElseThrow()
                .targetId();
        assertThat(mapping.find(WordPressSite.SOURCE, Mapping.ARTICLE, id(3))
                        .orElseThrow()
                        .targetId())
                .isEqualTo(river);
        Map<String, VersionView> versions = content.versionsOf(river).stream()
                .collect(Collectors.toMap(VersionView::language, Function.identity()));
        assertThat(versions).containsOnlyKeys("en", "ru");
        VersionView en = versions.get("en");
        assertThat(en.dateline()).isEqualTo(Instant.parse("2021-12-27T09:15:00Z"));
        assertThat(en.working().intro()).isEqualTo("The river froze a week early.");
        assertThat(en.working().byline()).isEqualTo("Dana Sultanova");
        List<Image> images = gallery.of(river);
        assertThat(images).extracting(Image::originalName).containsExactlyInAnyOrder("river.png", "ice.png");
        Image featured = images.stream()
                .filter(image -> image.originalName().equals("river.png"))
                .findFirst()
                .orElseThrow();
        assertThat(featured.text("en").alt()).isEqualTo("A frozen river");
        assertThat(featured.text("ru").alt()).isEqualTo("A frozen river");
        assertThat(en.working().body()).contains("/media/").doesNotContain("wp-content");

        Long about = mapping.find(WordPressSite.SOURCE, Mapping.ARTICLE, id(4))
                .orElseThrow()
                .targetId();
        assertThat(mapping.find(WordPressSite.SOURCE, Mapping.ARTICLE, id(5))
                        .orElseThrow()
                        .targetId())
                .isEqualTo(about);
        Long draft = mapping.find(WordPressSite.SOURCE, Mapping.ARTICLE, id(6))
                .orElseThrow()
                .targetId();
        assertThat(content.findVersion(draft, "en").orElseThrow().state()).isEqualTo(VersionState.DRAFT);

        assertThat(run(source, false).articles(Result.UNCHANGED)).isEqualTo(3);

        String canonical = "/en/news/" + river + "-" + en.slug();
        mvc.perform(get("/2021/12/27/river-freezes-" + BASE + "/"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", canonical));
        mvc.perform(get("/?p=" + id(2)))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", canonical));
        mvc.perform(get("/?p=" + id(3)))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string(
                                "Location",
                                "/ru/news/" + river + "-" + versions.get("ru").slug()));
        mvc.perform(get("/feed/"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/en/feed.xml"));
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedWithAReason() throws IOException {
        Path file = root.resolve("not-wxr.xml");
        Files.writeString(file, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");

        ImportReport report = run(new ImportSource.WordPress(file, root), false);

        assertThat(report.failure()).isNotNull();
        assertThat(report.failure().key()).startsWith("import.error.wxr");
        assertThat(shown(report.failure(), "en")).doesNotContain("passwd", "entity", "Message");
    }

    @Test
    void anUploadThatIsNotWellFormedIsExplainedByItsOwnNameWithTheLineAndColumn() throws IOException {
        // Kept the way the import page keeps an upload: in a temporary file the administrator never saw.
        Path kept = Files.createTempFile(root, "tilmash-import-", ".xml");
        Files.writeString(kept, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>Old & new</title></channel>
                </rss>
                """);
        long articlesBefore = content.articleCount();

        ImportReport report = run(new ImportSource.WordPress(kept, root, "oldnews.WordPress.2021-12-27.xml"), false);

        assertThat(report.failure()).isNotNull();
        assertThat(report.failure().key()).isEqualTo("import.error.wxrMalformed");
        assertThat(report.failure().arguments())
                .containsEntry("file", "oldnews.WordPress.2021-12-27.xml")
                .containsEntry("line", 3)
                .hasEntrySatisfying("column", column -> assertThat(column).isInstanceOf(Integer.class));
        for (String language : List.of("en", "tk", "ru")) {
            assertThat(shown(report.failure(), language))
                    .contains("oldnews.WordPress.2021-12-27.xml", "3")
                    .doesNotContain(kept.getFileName().toString(), "tilmash-import", "ParseError", "entity");
        }
        assertThat(shown(report.failure(), "tk")).startsWith("oldnews.WordPress.2021-12-27.xml eksport faýlyny");
        assertThat(content.articleCount()).isEqualTo(articlesBefore);
    }

    /** An ordinary RSS 2.0 feed, as a site's /feed/ serves it: well-formed, with items, and nothing of WordPress. */
    static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
              <title>Old news</title>
              <link>https://old.example/</link>
              <description>News from the old site</description>
              <language>en-US</language>
              <item>
                <title>River freezes early</title>
                <link>https://old.example/2021/12/27/river-freezes/</link>
                <dc:creator>Dana</dc:creator>
                <category>Region</category>
                <description><![CDATA[The river froze a week early.]]></description>
              </item>
            </channel>
            </rss>
            """;

    @Test
    void aFeedThatIsNotAWordPressExportIsRefusedAsOneInsteadOfImportingNothing() throws IOException {
        Path kept = Files.createTempFile(root, "tilmash-import-", ".xml");
        Files.writeString(kept, FEED, StandardCharsets.UTF_8);
        long articlesBefore = content.articleCount();

        ImportReport report = run(new ImportSource.WordPress(kept, root, "feed.xml"), false);

        assertThat(report.failure()).isNotNull();
        assertThat(report.failure().key()).isEqualTo("import.error.wxr");
        assertThat(report.failure().arguments()).isEqualTo(Map.of("file", "feed.xml"));
        assertThat(report.reachedItems()).isFalse();
        assertThat(shown(report.failure(), "en")).startsWith("feed.xml is not a WordPress export file");
        assertThat(content.articleCount()).isEqualTo(articlesBefore);
    }

    @Test
    void aRunThatStopsOnAnErrorOfOursSaysSoInTheUsersLanguageAndLogsTheRest() {
        // No file at all: the reader fails on a null path, as any bug of ours would, with the JDK's English message.
        ImportRequest broken = new ImportRequest(new ImportSource.WordPress(null, root, "export.xml"), true, true);

        String id = SystemTask.run("import-test", () -> jobs.start(broken));
        ImportJobs.Status status = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jobs.status(id).orElseThrow(), ImportJobs.Status::finished);

        ImportReport.Note failure = status.report().failure();
        assertThat(failure).isNotNull();
        assertThat(failure.key()).isEqualTo("import.error.failed");
        assertThat(failure.arguments()).isEmpty();
        assertThat(shown(failure, "tk")).isEqualTo(messages.getMessage("import.error.failed", null, Locale.of("tk")));
    }

    @Test
    void theServersCopyOfAnUploadedExportIsDeletedWhenItsRunEndsAndAFileOfTheServersOwnIsNot() throws Exception {
        Path copy = Files.createTempFile(root, "upload-", ".xml");
        Files.writeString(copy, "<rss version=\"2.0\"><channel><title>Not an export</title></channel></rss>");
        Path own = Files.createTempFile(root, "own-", ".xml");
        Files.copy(copy, own, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        for (ImportSource source : List.<ImportSource>of(
                ImportSource.WordPress.uploaded(copy, root, "feed.xml"), new ImportSource.WordPress(own, root))) {
            String id = SystemTask.run("import-test", () -> jobs.start(new ImportRequest(source, true, true)));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> jobs.status(id).orElseThrow(), ImportJobs.Status::finished);
        }

        assertThat(copy).doesNotExist();
        assertThat(own).exists();
    }

    @Test
    void theCommandLinesReportNamesWhatBecameOfTheItemsInWords() {
        ImportReport report = new ImportReport(
                "WordPress",
                true,
                Map.of(Result.CREATED, 1),
                Map.of(Result.CREATED, 3),
                List.of(new ImportReport.Entry(false, "12, 13", "Old post", Result.REFUSED, null, List.of())),
                0,
                null);

        assertThat(ReportText.lines(report, tilmashMessages, Locale.ENGLISH))
                .contains("Would be created: 1 section, 3 articles", "Would be refused: Old post (old item 12, 13)")
                .noneMatch(line -> line.contains("{") || line.contains("CREATED") || line.contains("REFUSED"));
    }

    private String shown(ImportReport.Note note, String language) {
        return messages.getMessage(note.key(), new Object[] {note.arguments()}, Locale.of(language));
    }
}
