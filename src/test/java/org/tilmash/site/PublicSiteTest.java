package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tilmash.accounts.Role;
import org.tilmash.accounts.SystemTask;
import org.tilmash.content.ContentService;
import org.tilmash.content.ReaderQueries;
import org.tilmash.content.SectionView;
import org.tilmash.support.Fixture;
import org.tilmash.support.TilmashTest;
import org.tilmash.workflow.Sections;

@TilmashTest
class PublicSiteTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    ReaderQueries reader;

    @Autowired
    Fixture fixture;

    @Autowired
    ContentService content;

    @Autowired
    Sections sections;

    private Document page(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost");
    }

    private long demoArticleWith(String liveLanguage, String missingLanguage) {
        return jdbc.queryForObject(
                "select min(a.id) from tilmash_article a where author = 'editor'"
                        + " and exists (select 1 from tilmash_article_version v where v.article_id = a.id"
                        + " and v.language = ? and v.published_revision_id is not null)"
                        + " and not exists (select 1 from tilmash_article_version v where v.article_id = a.id"
                        + " and v.language = ? and v.published_revision_id is not null)",
                Long.class,
                liveLanguage,
                missingLanguage);
    }

    private String slug(long articleId, String language) {
        return jdbc.queryForObject(
                "select slug from tilmash_article_version where article_id = ? and language = ?",
                String.class,
                articleId,
                language);
    }

    @Test
    void listingsShowTenArticlesPerPageNewestFirstWithDatesIntrosAndMoreLinks() throws Exception {
        Document first = page("/en/news");
        List<Element> teasers = first.select("main .teaser");
        assertThat(teasers).hasSize(10);
        assertThat(teasers).allSatisfy(teaser -> {
            assertThat(teaser.select("time").attr("datetime")).isNotBlank();
            assertThat(teaser.select(".intro").text()).isNotBlank();
            assertThat(teaser.select("a.more").attr("href")).startsWith("/en/news/");
        });
        List<String> dates = first.select("main .teaser time").eachAttr("datetime");
        assertThat(dates)
                .isSortedAccordingTo(
                        (a, b) -> java.time.OffsetDateTime.parse(b).compareTo(java.time.OffsetDateTime.parse(a)));
        assertThat(first.select(".pagination [aria-current=page]").text()).isEqualTo("1");
        assertThat(first.select(".pagination .position").text()).matches("Page 1 of \\d+");

        Document second = page("/en/news?page=2");
        assertThat(second.select("main .teaser h2 a").eachAttr("href"))
                .doesNotContainAnyElementsOf(first.select("main .teaser h2 a").eachAttr("href"));
        assertThat(second.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/en/news?page=2");
    }

    @Test
    void nextAndPreviousStartFromTheArticlesShownAndShowWhatTheNumberedPagesShow() throws Exception {
        Document first = page("/en/news");
        String next = first.select(".pagination a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/en/news?page=2&after=" + shownIds(first).getLast());

        Document second = page(next);
        assertThat(shownIds(second)).isEqualTo(shownIds(page("/en/news?page=2")));
        assertThat(second.select("link[rel=canonical]").attr("href"))
                .as("one address per page for search engines")
                .isEqualTo("http://localhost/en/news?page=2");
        assertThat(second.select(".pagination a[rel=prev]").attr("href"))
                .as("page 1 keeps its one address")
                .isEqualTo("/en/news");

        Document third = page(second.select(".pagination a[rel=next]").attr("href"));
        assertThat(shownIds(third)).isEqualTo(shownIds(page("/en/news?page=3")));
        String previous = third.select(".pagination a[rel=prev]").attr("href");
        assertThat(previous)
                .isEqualTo("/en/news?page=2&before=" + shownIds(third).getFirst());
        assertThat(shownIds(page(previous))).isEqualTo(shownIds(second));

        assertThat(shownIds(page("/en/news?page=2&after=not-an-article")))
                .as("a mangled start is ignored: the page is found by its number")
                .isEqualTo(shownIds(second));
        assertThat(shownIds(page("/en/news?page=2&after=" + Long.MAX_VALUE / 10)))
                .as("an article that is not listed: the page is found by its number")
                .isEqualTo(shownIds(second));
    }

    @Test
    void aSectionsNextPageStartsFromItsLastArticleShownEvenAmongArticlesOfTheSameTime() throws Exception {
        Fixture.Section desk = fixture.section("Keyset desk");
        String editor = fixture.account("keyset-editor", Role.EDITOR);
        String reviewer = fixture.account("keyset-reviewer", Role.REVIEWER, "en");
        Instant sameMoment = Instant.parse("2024-05-01T08:00:00Z");
        for (int item = 1; item <= 12; item++) {
            fixture.article("en")
                    .in(desk)
                    .by(editor)
                    .reviewedBy(reviewer)
                    .dated(sameMoment)
                    .published("en", Fixture.text("Desk item " + item, "An intro.", "A body."))
                    .create();
        }
        String section = "/en/news/" + desk.slug();
        Document first = page(section);
        String next = first.select(".pagination a[rel=next]").attr("href");
        assertThat(next).isEqualTo(section + "?page=2&after=" + shownIds(first).getLast());

        Document second = page(next);
        assertThat(shownIds(second)).hasSize(2).isEqualTo(shownIds(page(section + "?page=2")));
        assertThat(second.select(".pagination a[rel=next]")).as("the last page").isEmpty();
    }

    /** The articles a listing page shows, in its order. */
    private static List<Long> shownIds(Document listing) {
        return listing.select("main .teaser h2 a").eachAttr("href").stream()
                .map(href -> Long.valueOf(href.replaceAll("^.*/news/(?:[^/]+/)?(\\d+)(?:-.*)?$", "$1")))
                .toList();
    }

    @Test
    void legacyStartLinksRedirectPermanentlyToThePageHoldingThatItem() throws Exception {
        // The old site showed 20 items a page (tilmash.migration.old-page-size) and rounded ?start= down to its pages.
        mvc.perform(get("/en/news?start=20"))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/en/news?page=3"));
        mvc.perform(get("/en/news?start=27")).andExpect(redirectedUrl("/en/news?page=3"));
        mvc.perform(get("/en/news?limitstart=0"))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/en/news"));
        String russian = reader.section("ru", "breaking").orElseThrow().slug("ru");
        mvc.perform(get("/ru/news/breaking?start=0")).andExpect(redirectedUrl("/ru/news/" + russian));
    }

    @Test
    void startPastTheLastPageLeadsToTheLastPageAndAMalformedOneIsIgnored() throws Exception {
        String last = mvc.perform(get("/en/news?start=192000"))
                .andExpect(status().isMovedPermanently())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(last).matches("/en/news(\\?page=\\d+)?");
        mvc.perform(get(last)).andExpect(status().isOk());
        mvc.perform(get("/en/news?start=abc")).andExpect(status().isOk());
        mvc.perform(get("/en/news?start=-5")).andExpect(status().isOk());
    }

    @ParameterizedTest
    @CsvSource({
        "/ru, /ru/",
        "/kk, /kk/",
        "/en/news/, /en/news",
        "/en/news/?page=2, /en/news?page=2",
        "/ru/search/?q=water, /ru/search?q=water"
    })
    void addressesTypedWithOrWithoutTheirFinalSlashLeadOnceToThePage(String typed, String page) throws Exception {
        mvc.perform(get(URI.create(typed)))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl(page));
        mvc.perform(get(URI.create(page))).andExpect(status().isOk());
    }

    @Test
    void anUnknownLanguageWithoutItsSlashIsNotFound() throws Exception {
        mvc.perform(get("/xx")).andExpect(status().isNotFound());
    }

    @Test
    void pagesBeyondTheLastAndUnknownSectionsAreNotFound() throws Exception {
        mvc.perform(get("/en/news?page=999")).andExpect(status().isNotFound());
        mvc.perform(get("/en/news?page=0")).andExpect(status().isNotFound());
        mvc.perform(get("/en/news/no-such-section")).andExpect(status().isNotFound());
        mvc.perform(get("/en/news/999999-nothing")).andExpect(status().isNotFound());
        mvc.perform(get("/xx/news")).andExpect(status().isNotFound());
    }

    @Test
    void sectionPagesListOnlyTheirArticlesAndTheCounterMatches() throws Exception {
        Fixture.Section water = fixture.section("Water");
        Fixture.Section energy = fixture.section("Energy");
        for (String title : List.of("Dam talks", "River data shared", "Canal repaired")) {
            fixture.article("en")
                    .in(water)
                    .published("en", Fixture.text(title, "Intro."))
                    .create();
        }
        fixture.article("en")
                .in(water)
                .draft("en", Fixture.text("Unfinished", "Intro."))
                .create();
        fixture.article("en")
                .in(energy)
                .published("en", Fixture.text("Grid link", "Intro."))
                .create();

        Document section = page("/en/news/" + water.slug());

        assertThat(section.select("h1").text()).isEqualTo("Water");
        assertThat(section.select("main .teaser h2").eachText())
                .containsExactly("Canal repaired", "River data shared", "Dam talks");
        assertThat(section.select("main .teaser .section-name").eachText()).containsOnly("Water");
        assertThat(section.select("aside.sections a[aria-current=page]").text()).isEqualTo("Water (3)");
        assertThat(section.select(".pagination")).isEmpty();
    }

    @Test
    void sectionsAreListedInTheOrderTheEditorsGaveThemInEveryLanguage() throws Exception {
        Fixture.Section apples = fixture.section("Apple harvest");
        Fixture.Section zebras = fixture.section("Zebra crossings");
        List<Long> order =
                new ArrayList<>(reader.sections().stream().map(SectionView::id).toList());
        // The editors move the later, alphabetically last section right before the other one.
        order.remove(zebras.id());
        order.add(order.indexOf(apples.id()), zebras.id());
        SystemTask.run("test", () -> sections.reorder(order));

        for (String language : List.of("en", "ru", "kk", "ky", "tg", "tk", "uz", "az")) {
            List<String> expected = reader.sections().stream()
                    .map(section -> "/" + language + "/news/" + section.slug(language))
                    .toList();
            Document home = page("/" + language + "/");
            assertThat(home.select("aside.sections a").eachAttr("href"))
                    .as(language)
                    .isEqualTo(expected);
            assertThat(home.select("nav.sections-nav li:gt(0) a").eachAttr("href"))
                    .as(language)
                    .isEqualTo(expected);
            assertThat(home.select("nav.sections-nav a").eachText())
                    .as(language)
                    .containsSubsequence("Zebra crossings", "Apple harvest");
        }
    }

    @Test
    void datesUseTheLanguagesOwnFormat() throws Exception {
        var section = fixture.section("Dates");
        var article = fixture.article("en")
                .in(section)
                .published("en", Fixture.text("Dates in three languages", "Intro."))
                .published("ru", Fixture.text("Даты на трёх языках", "Вступление."))
                .published("kk", Fixture.text("Үш тілдегі күндер", "Кіріспе."))
                .create();
        int year = content.version(article.version("en"))
                .orElseThrow()
                .publishedAt()
                .atZone(java.time.ZoneId.of("Asia/Almaty"))
                .getYear();
        String listing = "/news/" + section.slug();

        assertThat(page("/ru" + listing).select("main .teaser time").first().text())
                .matches("\\d{1,2} [а-я]+ " + year + "\\hг\\.");
        assertThat(page("/kk" + listing).select("main .teaser time").first().text())
                .matches(year + "\\hж\\. \\d{1,2} [а-яәғқңөұүһі]+");
        assertThat(page("/en" + listing).select("main .teaser time").first().text())
                .matches("\\d{1,2} [A-Z][a-z]+ " + year);
    }

    @Test
    void anAzerbaijaniArticleGivesItsDateAndTimeWithACommaNotASlash() throws Exception {
        var article = fixture.article("en")
                .dated(Instant.parse("2025-12-05T04:02:00Z"))
                .published("en", Fixture.text("Date and time", "Intro."))
                .published("az", Fixture.text("Tarix və saat", "Giriş."))
                .create();

        Document page = page("/az/news/" + article.id() + "-" + slug(article.id(), "az"));

        assertThat(page.select("article.story .meta time").text()).isEqualTo("5 dekabr 2025, 09:02");
    }

    @Test
    void kazakhListingsShowFallbackArticlesMarkedWithTheirLanguage() throws Exception {
        Document kazakh = page("/kk/news?page=1");
        Element fallback = kazakh.select("main .teaser:has(.badge)").first();
        assertThat(fallback).isNotNull();
        assertThat(fallback.select("h2").attr("lang")).isIn("ru", "en");
        assertThat(kazakh.select("main .teaser:not(:has(.badge)) h2[lang]")).isEmpty();
    }

    @Test
    void listingsCanLeaveFallbackArticlesOut() {
        var own = reader.page("kk", java.util.Optional.empty(), ReaderQueries.Scope.OWN, 0, 50);
        var all = reader.page("kk", java.util.Optional.empty(), ReaderQueries.Scope.WITH_FALLBACKS, 0, 50);
        assertThat(own)
                .isNotEmpty()
                .allSatisfy(article -> assertThat(article.language()).isEqualTo("kk"));
        assertThat(all.size()).isGreaterThan(own.size());
        assertThat(reader.counts("kk", ReaderQueries.Scope.OWN).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from tilmash_article_version where language = 'kk' and published_revision_id is not null",
                        Integer.class));
    }

    @Test
    void anArticleMissingInTheLanguageIsShownFromTheFallbackChainWithANotice() throws Exception {
        long id = demoArticleWith("ru", "kk");
        String ruSlug = slug(id, "ru");
        Document kazakh = page("/kk/news/" + id + "-" + ruSlug);

        assertThat(kazakh.select("html").attr("lang")).isEqualTo("kk");
        assertThat(kazakh.select("article.story").attr("lang")).isEqualTo("ru");
        assertThat(kazakh.select(".notice").text())
                .isEqualTo("Бұл мақала әзірге қазақ тілінде жоқ. Ол орыс тілінде көрсетілген.");
        assertThat(kazakh.select("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost/ru/news/" + id + "-" + ruSlug);
        assertThat(kazakh.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .doesNotContain("kk")
                .contains("ru", "x-default");
        Element kazakhLink = kazakh.select(".switcher a[hreflang=kk]").first();
        assertThat(kazakhLink.hasClass("not-translated")).isTrue();
        assertThat(kazakhLink.attr("aria-current")).isEqualTo("page");
    }

    @Test
    void anAddressWithTheSlugOfTheOldRulesStillReachesTheArticle() throws Exception {
        long id = jdbc.queryForObject(
                "select v.article_id from tilmash_article_version v join tilmash_revision r on r.id = v.published_revision_id"
                        + " where v.language = 'az' and r.title = ?",
                Long.class,
                "2027-ci il regional Novruz festivalı Səmərqənddə keçiriləcək");
        String slug = "2027-ci-il-regional-novruz-festivali-semerqendde-kecirilecek";
        assertThat(slug(id, "az")).isEqualTo(slug);

        mvc.perform(get("/az/news/" + id + "-2027-ci-il-regional-novruz-festivali-s-m-rq-ndd-keciril-c-k"))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/az/news/" + id + "-" + slug));
        assertThat(page("/az/news/" + id + "-" + slug).select("h1").text())
                .isEqualTo("2027-ci il regional Novruz festivalı Səmərqənddə keçiriləcək");
    }

    @Test
    void wrongOrMissingSlugsRedirectPermanentlyToTheCanonicalUrl() throws Exception {
        long id = demoArticleWith("en", "xx");
        String slug = slug(id, "en");
        mvc.perform(get("/en/news/" + id + "-old-title"))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/en/news/" + id + "-" + slug));
        mvc.perform(get("/en/news/" + id))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/en/news/" + id + "-" + slug));
    }

    @Test
    void articlePagesCarryCanonicalHreflangOpenGraphAndNeighbours() throws Exception {
        long id = demoArticleWith("en", "xx");
        Document article = page("/en/news/" + id + "-" + slug(id, "en"));
        assertThat(article.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(article.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(article.select("meta[property=og:title]").attr("content"))
                .isEqualTo(article.select("h1").text());
        assertThat(article.select("link[rel=alternate][hreflang=x-default]")).hasSize(1);
        List<String> real = jdbc.queryForList(
                "select language from tilmash_article_version where article_id = ? and published_revision_id is not null",
                String.class,
                id);
        assertThat(article.select("link[rel=alternate][hreflang]:not([hreflang=x-default])")
                        .eachAttr("hreflang"))
                .containsExactlyInAnyOrderElementsOf(real);
        assertThat(article.select("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(article.select("header, main, footer")).hasSize(3);
        assertThat(article.select(".neighbours a")).isNotEmpty();
    }

    @Test
    void publicPagesAreCacheableAndAnswerConditionalRequestsWith304() throws Exception {
        MvcResult first = mvc.perform(get("/en/news").cookie(new jakarta.servlet.http.Cookie("lang", "en")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("public")))
                .andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        MvcResult second = mvc.perform(get("/en/news")
                        .cookie(new jakarta.servlet.http.Cookie("lang", "en"))
                        .header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andReturn();
        assertThat(second.getResponse().getContentAsString()).isEmpty();

        long id = demoArticleWith("en", "xx");
        String url = "/en/news/" + id + "-" + slug(id, "en");
        String articleEtag = mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(url).header("If-None-Match", articleEtag)).andExpect(status().isNotModified());
        assertThat(articleEtag).isNotEqualTo(etag);
    }

    @Test
    void visitingALanguageSetsNoCookieSoSharedCachesMayKeepThePage() throws Exception {
        mvc.perform(get("/tk/"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().string("Cache-Control", "public, max-age=60, stale-while-revalidate=60"));
    }

    @Test
    void publicPagesUseAFixedNumberOfQueriesWhateverTheDepth() throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long id = demoArticleWith("en", "xx");
        String article = "/en/news/" + id + "-" + slug(id, "en");
        long home = statements(statistics, "/kk/");
        long firstPage = statements(statistics, "/kk/news");
        long secondPage = statements(statistics, "/kk/news?page=2");
        long thirdPage = statements(statistics, "/kk/news?page=3");
        long section = statements(
                statistics,
                "/kk/news/" + reader.section("kk", "breaking").orElseThrow().slug("kk"));
        long articlePage = statements(statistics, article);
        long feed = statements(statistics, "/ru/feed.xml");
        long sitemap = statements(statistics, "/sitemap.xml");
        // Hibernate's statements only (the gallery's reads are JDBC). Sections and their counters are kept in memory
        // between changes (SectionSnapshot); a listing runs one statement, and a later page first reads the counts of
        // months and days it skips by; an article its live versions and one per neighbour; whatever the page's
        // depth, languages and teasers.
        assertThat(firstPage).isEqualTo(1);
        assertThat(secondPage).isEqualTo(thirdPage).isEqualTo(3);
        assertThat(home).isEqualTo(1);
        assertThat(section).isEqualTo(2);
        assertThat(articlePage).isEqualTo(3);
        assertThat(feed).isEqualTo(1);
        assertThat(sitemap).isEqualTo(1);
    }

    @Test
    void anArticlePageRunsAsManyStatementsInEightLanguagesAsInOne() throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        List<Long> byLiveLanguages = jdbc.queryForList(
                "select article_id from tilmash_article_version where published_revision_id is not null"
                        + " group by article_id order by count(*) desc, article_id",
                Long.class);
        long most = byLiveLanguages.getFirst();
        long fewest = byLiveLanguages.getLast();
        assertThat(liveLanguages(most)).as("the demo's most translated article").hasSizeGreaterThan(4);
        assertThat(liveLanguages(fewest))
                .as("the demo's least translated article")
                .hasSizeLessThan(3);
        // Per-language work done one statement at a time (an N+1) would make the first page cost more.
        assertThat(statements(statistics, articleIn(most))).isEqualTo(statements(statistics, articleIn(fewest)));
    }

    private List<String> liveLanguages(long articleId) {
        return jdbc.queryForList(
                "select language from tilmash_article_version where article_id = ?"
                        + " and published_revision_id is not null order by language",
                String.class,
                articleId);
    }

    /** The article's page in one of its live languages. */
    private String articleIn(long articleId) {
        String language = liveLanguages(articleId).getFirst();
        return "/" + language + "/news/" + articleId + "-" + slug(articleId, language);
    }

    /**
     * The statements one request runs. Hibernate's statistics count every thread's, and work that follows earlier
     * commits (the search index, after-commit listeners) runs on others: the least of three requests is the page's.
     */
    private long statements(Statistics statistics, String url) throws Exception {
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            org.tilmash.support.SearchIndexing.awaitQuiet(jdbc);
            statistics.clear();
            mvc.perform(get(url)).andExpect(status().isOk());
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }
}
