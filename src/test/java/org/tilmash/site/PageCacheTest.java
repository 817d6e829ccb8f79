package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.accounts.Role;
import org.tilmash.accounts.SystemTask;
import org.tilmash.content.ReaderQueries;
import org.tilmash.content.SectionView;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TilmashTest;
import org.tilmash.workflow.ArticleSettings;
import org.tilmash.workflow.Sections;
import org.tilmash.workflow.Workflow;

/**
 * The page cache answers repeated anonymous requests from memory with the bytes and headers of a rendered page, and
 * every change readers can see evicts exactly the pages that show it: after each change, every affected URL read
 * through the cache is byte for byte what a fresh rendering gives, while unrelated pages are still answered from
 * memory.
 */
@TilmashTest
@TestPropertySource(properties = "tilmash.site.page-cache.enabled=true")
class PageCacheTest {

    /** Any cookie but the language choice makes the request pass the cache: a fresh rendering to compare with. */
    private static final Cookie BYPASS = new Cookie("JSESSIONID", "fresh-rendering");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixture fixture;

    @Autowired
    Workflow workflow;

    @Autowired
    Sections sections;

    @Autowired
    ReaderQueries reader;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArticleSettings settings;

    @Autowired
    Clock clock;

    @Autowired
    MeterRegistry meters;

    private MockHttpServletResponse read(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    private MockHttpServletResponse fresh(String url) throws Exception {
        return mvc.perform(get(url).cookie(BYPASS)).andReturn().getResponse();
    }

    private String slug(long articleId, String language) {
        return jdbc.queryForObject(
                "select slug from tilmash_article_version where article_id = ? and language = ?",
                String.class,
                articleId,
                language);
    }

    private String articleUrl(String language, long articleId, String versionLanguage) {
        return "/" + language + "/news/" + articleId + "-" + slug(articleId, versionLanguage);
    }

    /** The oldest demo article: publishing today's news changes neither it nor its neighbours. */
    private String unrelatedPage() {
        long id = jdbc.queryForObject(
                "select a.id from tilmash_article a where a.author = 'editor' and exists (select 1 from tilmash_article_version v"
                        + " where v.article_id = a.id and v.language = 'en' and v.published_revision_id is not null)"
                        + " order by a.dateline asc, a.id asc fetch first 1 rows only",
                Long.class);
        return articleUrl("en", id, "en");
    }

    @Test
    void aRepeatedRequestIsAnsweredFromMemoryWithTheRenderedBytesAndHeaders() throws Exception {
        Fixture.Article article = fixture.article("en")
                .published("en", Fixture.text("Cached once", "Read twice", "Body of a cached article"))
                .create();
        String url = articleUrl("en", article.id(), "en");

        MockHttpServletResponse rendered = read(url);
        MockHttpServletResponse cached = read(url);

        assertThat(rendered.getStatus()).isEqualTo(200);
        assertThat(rendered.getHeader(PageCacheFilter.CACHE_HEADER)).isEqualTo("miss");
        assertThat(cached.getHeader(PageCacheFilter.CACHE_HEADER)).isEqualTo("hit");
        assertThat(cached.getContentAsByteArray()).isEqualTo(rendered.getContentAsByteArray());
        for (String header : List.of(
                "ETag",
                "Cache-Control",
                "Surrogate-Key",
                "Cache-Tag",
                "Content-Security-Policy",
                "X-Content-Type-Options",
                "X-Frame-Options",
                "Referrer-Policy")) {
            assertThat(cached.getHeader(header)).as(header).isEqualTo(rendered.getHeader(header));
        }
        assertThat(cached.getContentType()).isEqualTo(rendered.getContentType());
        assertThat(cached.getHeader("Vary")).contains("Accept-Encoding");
        assertThat(rendered.getHeader("Set-Cookie")).isNull();
        assertThat(cached.getHeader("Set-Cookie")).isNull();
        assertThat(cached.getHeader("Surrogate-Key").split(" ")).contains("article-" + article.id(), "lang-en", "site");

        MockHttpServletResponse brotli = readEncoded(url, "gzip, deflate, br, zstd");
        assertThat(brotli.getHeader("Content-Encoding")).isEqualTo("br");
        assertThat(unbrotli(brotli.getContentAsByteArray())).isEqualTo(rendered.getContentAsByteArray());
        assertThat(brotli.getContentLength()).isEqualTo(brotli.getContentAsByteArray().length);
        assertThat(brotli.getHeader("ETag"))
                .as("the compressed copy is other bytes: it shares only the weak tag")
                .isEqualTo("W/" + rendered.getHeader("ETag"));
        for (String tag : List.of(rendered.getHeader("ETag"), brotli.getHeader("ETag"))) {
            for (String accepted : List.of("br", "identity")) {
                assertThat(mvc.perform(get(url).header("Accept-Encoding", accepted)
                                        .header("If-None-Match", tag))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                        .as(tag + " revalidating the " + accepted + " copy")
                        .isEqualTo(304);
            }
        }

        for (String gzipOnly : List.of("gzip", "gzip, br;q=0", "br;q=0.000, *")) {
            MockHttpServletResponse gzipped = readEncoded(url, gzipOnly);
            assertThat(gzipped.getHeader("Content-Encoding")).as(gzipOnly).isEqualTo("gzip");
            assertThat(gzipped.getHeader("ETag")).isEqualTo("W/" + rendered.getHeader("ETag"));
            assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(rendered.getContentAsByteArray());
        }
        for (String neither : List.of("identity", "gzip;q=0, br;q=0", "*;q=0", "deflate")) {
            MockHttpServletResponse plain = readEncoded(url, neither);
            assertThat(plain.getHeader("Content-Encoding")).as(neither).isNull();
            assertThat(plain.getHeader("ETag")).isEqualTo(rendered.getHeader("ETag"));
            assertThat(plain.getContentAsByteArray()).isEqualTo(rendered.getContentAsByteArray());
        }

        MockHttpServletResponse revalidated = mvc.perform(get(url).header("If-None-Match", rendered.getHeader("ETag")))
                .andReturn()
                .getResponse();
        assertThat(revalidated.getStatus()).isEqualTo(304);
        assertThat(revalidated.getContentAsByteArray()).isEmpty();
        assertThat(revalidated.getHeader("ETag")).isEqualTo(rendered.getHeader("ETag"));

        MockHttpServletResponse headOnly = mvc.perform(head(url)).andReturn().getResponse();
        assertThat(headOnly.getStatus()).isEqualTo(200);
        assertThat(headOnly.getContentAsByteArray()).isEmpty();
        assertThat(headOnly.getContentLength()).isEqualTo(rendered.getContentAsByteArray().length);
    }

    @Test
    void hitsMissesEvictionsBytesRenderTimesAndStatementsAreMeasured() throws Exception {
        Fixture.Article article = fixture.article("en")
                .published("en", Fixture.text("Measured", "Counted", "Body of a measured article"))
                .create();
        String url = articleUrl("en", article.id(), "en");
        double hits = requests("hit");
        double misses = requests("miss");
        double evicted = meters.get("tilmash.page.cache.evictions")
                .tag("cause", "change")
                .counter()
                .count();
        long rendered = meters.find("tilmash.page.render").tag("kind", "article").timers().stream()
                .mapToLong(timer -> timer.count())
                .sum();

        read(url);
        read(url);

        assertThat(requests("miss")).isEqualTo(misses + 1);
        assertThat(requests("hit")).isEqualTo(hits + 1);
        assertThat(meters.get("tilmash.page.render")
                        .tag("kind", "article")
                        .timer()
                        .count())
                .isEqualTo(rendered + 1);
        assertThat(meters.get("tilmash.db.statements")
                        .tag("kind", "article")
                        .summary()
                        .max())
                .isPositive();
        double bytes = meters.get("tilmash.page.cache.bytes").gauge().value();
        assertThat(bytes)
                .isGreaterThan(read(url).getContentAsByteArray().length)
                .isLessThanOrEqualTo(
                        meters.get("tilmash.page.cache.max.bytes").gauge().value());
        assertThat(meters.get("tilmash.page.cache.entries").gauge().value()).isPositive();

        fixture.publish(
                article.id(),
                "en",
                Fixture.text("Measured again", "Counted", "New body"),
                article.editor(),
                article.reviewer());
        assertThat(meters.get("tilmash.page.cache.evictions")
                        .tag("cause", "change")
                        .counter()
                        .count())
                .isGreaterThan(evicted);
        assertThat(read(url).getHeader(PageCacheFilter.CACHE_HEADER)).isEqualTo("miss");
    }

    private double requests(String result) {
        return meters.get("tilmash.page.cache.requests")
                .tag("result", result)
                .counter()
                .count();
    }

    @Test
    void sessionsUnknownQueriesAndPreviewsAlwaysPassTheCache() throws Exception {
        read("/en/news");
        assertThat(read("/en/news").getHeader(PageCacheFilter.CACHE_HEADER)).isEqualTo("hit");
        assertThat(fresh("/en/news").getHeader(PageCacheFilter.CACHE_HEADER)).isNull();
        MockHttpServletResponse tracked = read("/en/news?utm_source=mail");
        assertThat(tracked.getHeader(PageCacheFilter.CACHE_HEADER)).isNull();
        assertThat(read("/en/news?utm_source=mail").getHeader(PageCacheFilter.CACHE_HEADER))
                .isNull();
        assertThat(mvc.perform(get("/en/news").header("Authorization", "Basic eDp5"))
                        .andReturn()
                        .getResponse()
                        .getHeader(PageCacheFilter.CACHE_HEADER))
                .isNull();
        // A preview is never kept: anonymous readers are sent to sign in, every time.
        Fixture.Article draft = fixture.article("en")
                .draft("en", Fixture.text("Draft", "Not live", "Draft body"))
                .create();
        String preview = "/preview/" + draft.id() + "/en";
        assertThat(read(preview).getStatus()).isEqualTo(302);
        assertThat(read(preview).getHeader(PageCacheFilter.CACHE_HEADER)).isNull();
    }

    @Test
    void everyChangeEvictsExactlyThePagesThatShowIt() throws Exception {
        Fixture.Section section = fixture.section("Cache desk");
        String editor = fixture.account("editor", Role.EDITOR);
        String reviewer = fixture.account("reviewer", Role.REVIEWER, "en", "ru", "kk");
        Fixture.Article older = fixture.article("en")
                .in(section)
                .by(editor)
                .reviewedBy(reviewer)
                .published("en", Fixture.text("Older neighbour", "Before", "Older body"))
                .create();
        Fixture.Article article = fixture.article("en")
                .in(section)
                .by(editor)
                .reviewedBy(reviewer)
                .published("en", Fixture.text("Watched story", "First intro", "First body"))
                .published("ru", Fixture.text("Наблюдаемая новость", "Первое", "Первый текст"))
                .create();
        String unrelated = unrelatedPage();

        Set<String> urls = new LinkedHashSet<>(List.of(
                "/en/",
                "/ru/",
                "/kk/",
                "/en/news",
                "/en/news?page=2",
                "/kk/news",
                "/en/news/" + section.slug(),
                "/ru/news/" + section.slug(),
                "/en/feed.xml",
                "/ru/feed.xml",
                "/sitemap.xml"));
        List<Long> articles = List.of(older.id(), article.id());
        for (long id : articles) {
            urls.add(articleUrl("en", id, "en"));
            urls.add(articleUrl("kk", id, "en"));
            urls.add(articleUrl("ky", id, "en"));
        }
        urls.add(articleUrl("ru", article.id(), "ru"));
        urls.add(articleUrl("kk", article.id(), "ru"));
        urls.add(articleUrl("ru", older.id(), "en"));
        // Page 2 as "next" on page 1 links it: kept, and evicted, like the numbered page.
        String keyedSecond = Jsoup.parse(read("/en/news").getContentAsString())
                .select(".pagination a[rel=next]")
                .attr("href");
        assertThat(keyedSecond).contains("&after=");
        urls.add(keyedSecond);

        warm(urls, unrelated);
        assertThat(read(keyedSecond).getHeader(PageCacheFilter.CACHE_HEADER)).isEqualTo("hit");

        // A new revision goes live: its own pages, its neighbour's links, listings and feeds show the new title.
        fixture.publish(
                article.id(),
                "en",
                Fixture.text("Watched story, updated", "Second intro", "Second body"),
                editor,
                reviewer);
        assertNothingStale(urls);
        assertSectionCounts(section, "Cache desk", "Cache desk");
        assertThat(read(unrelated).getHeader(PageCacheFilter.CACHE_HEADER)).isEqualTo("hit");

        // A new article is published: it is listed first, and becomes the watched story's newer neighbour.
        warm(urls, unrelated);
        Fixture.Article newer = fixture.article("en")
                .in(section)
                .by(editor)
                .reviewedBy(reviewer)
                .published("en", Fixture.text("Newest arrival", "Latest", "Newest body"))
                .create();
        urls.add(articleUrl("en", newer.id(), "en"));
        assertNothingStale(urls);
        assertSectionCounts(section, "Cache desk", "Cache desk");
        assertThat(read(unrelated).getHeader(PageCacheFilter.CACHE_HEADER)).isEqualTo("hit");

        // Its date changes: it moves within the listings, and its neighbours change.
        warm(urls, unrelated);
        SignedIn.run(
                editor,
                () -> settings.changeDateline(
                        newer.id(), clock.instant().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
        assertNothingStale(urls);
        assertSectionCounts(section, "Cache desk", "Cache desk");

        // The Russian version is withdrawn: Russian readers now get the English one as a fallback.
        warm(urls, unrelated);
        SignedIn.run(reviewer, () -> workflow.unpublish(article.version("ru")));
        assertNothingStale(urls);
        assertSectionCounts(section, "Cache desk", "Cache desk");
        assertThat(read(unrelated).getHeader(PageCacheFilter.CACHE_HEADER)).isEqualTo("hit");

        // The English one too: the article is gone, its pages answer 404, its neighbours link each other.
        warm(urls, unrelated);
        SignedIn.run(reviewer, () -> workflow.unpublish(article.version("en")));
        assertNothingStale(urls);
        assertSectionCounts(section, "Cache desk", "Cache desk");
        assertThat(read(articleUrl("en", article.id(), "en")).getStatus()).isEqualTo(404);
        assertThat(read(unrelated).getHeader(PageCacheFilter.CACHE_HEADER)).isEqualTo("hit");

        // A section is renamed: every page's navigation names it.
        warm(urls, unrelated);
        SystemTask.run(
                "test", () -> sections.rename(section.id(), Map.of("en", "Renamed desk", "ru", "Отдел"), Map.of()));
        assertNothingStale(urls);
        assertSectionCounts(section, "Renamed desk", "Отдел");
        assertThat(read(unrelated).getHeader(PageCacheFilter.CACHE_HEADER)).isEqualTo("miss");

        // The editors move the section up by one: every page's navigation lists the sections in the new order.
        warm(urls, unrelated);
        List<Long> order =
                new ArrayList<>(reader.sections().stream().map(SectionView::id).toList());
        int place = order.indexOf(section.id());
        order.add(place - 1, order.remove(place));
        SystemTask.run("test", () -> sections.reorder(order));
        assertNothingStale(urls);
        assertThat(read(unrelated).getHeader(PageCacheFilter.CACHE_HEADER)).isEqualTo("miss");
        for (String url : List.of("/en/", unrelated)) {
            List<String> menu = Jsoup.parse(read(url).getContentAsString())
                    .select("nav.sections-nav li:gt(0) a")
                    .eachAttr("href");
            assertThat(menu)
                    .as(url)
                    .isEqualTo(reader.sections().stream()
                            .map(shown -> "/en/news/" + shown.slug("en"))
                            .toList());
        }
    }

    /**
     * The sidebars name the section with what the database counts now (English, and Kazakh, which lists English
     * articles as fallbacks): the sections and their counters kept in memory were forgotten with the change.
     */
    private void assertSectionCounts(Fixture.Section section, String english, String kazakh) throws Exception {
        for (Map.Entry<String, String> name :
                Map.of("en", english, "kk", kazakh).entrySet()) {
            Integer listed = jdbc.queryForObject(
                    "select coalesce(max(listed_count), 0) from tilmash_section_counter"
                            + " where section_id = ? and language = ?",
                    Integer.class,
                    section.id(),
                    name.getKey());
            assertThat(fresh("/" + name.getKey() + "/").getContentAsString())
                    .as("sidebar of /%s/", name.getKey())
                    .contains(">" + name.getValue() + " (" + listed + ")<");
        }
    }

    private void warm(Set<String> urls, String unrelated) throws Exception {
        for (String url : urls) {
            read(url);
        }
        read(unrelated);
        assertThat(read(unrelated).getHeader(PageCacheFilter.CACHE_HEADER)).isEqualTo("hit");
    }

    private void assertNothingStale(Set<String> urls) throws Exception {
        List<String> stale = new ArrayList<>();
        for (String url : urls) {
            MockHttpServletResponse served = read(url);
            MockHttpServletResponse rendered = fresh(url);
            if (served.getStatus() != rendered.getStatus()
                    || !java.util.Arrays.equals(served.getContentAsByteArray(), rendered.getContentAsByteArray())
                    || !java.util.Objects.equals(served.getHeader("ETag"), rendered.getHeader("ETag"))) {
                stale.add(url + " (" + served.getHeader(PageCacheFilter.CACHE_HEADER) + ", "
                        + firstDifference(served, rendered) + ")");
            }
        }
        assertThat(stale).as("pages served stale from the cache").isEmpty();
    }

    private static String firstDifference(MockHttpServletResponse served, MockHttpServletResponse rendered)
            throws Exception {
        String[] a = served.getContentAsString().split("\n");
        String[] b = rendered.getContentAsString().split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "served «" + a[i].strip() + "», rendered «" + b[i].strip() + "»";
            }
        }
        return "status " + served.getStatus() + "/" + rendered.getStatus() + ", keys "
                + served.getHeader("Surrogate-Key");
    }

    private MockHttpServletResponse readEncoded(String url, String acceptEncoding) throws Exception {
        return mvc.perform(get(url).header("Accept-Encoding", acceptEncoding))
                .andReturn()
                .getResponse();
    }

    private static byte[] unbrotli(byte[] bytes) throws IOException {
        DirectDecompress decompressed = Decoder.decompress(bytes);
        assertThat(decompressed.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
        return decompressed.getDecompressedData();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
