package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tilmash.accounts.Role;
import org.tilmash.accounts.SystemTask;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.SectionView;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.workflow.Sections;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sections, article dates and bylines as readers and editors meet them on the pages. */
@TilmashTest
class NewsroomPagesTest {

    /** Almaty was on UTC+6 until 1 March 2024 and is on UTC+5 since: each date keeps the offset of its day. */
    private static final Instant BEFORE_THE_CHANGE = Instant.parse("2021-12-27T06:30:00Z");

    private static final Instant AFTER_THE_CHANGE = Instant.parse("2025-06-02T06:30:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixture fixture;

    @Autowired
    Sections sections;

    @Autowired
    ContentService content;

    private Document page(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost");
    }

    private Fixture.Article bylined(Instant dateline, String title) {
        return bylined(fixture.article("en").dated(dateline), title);
    }

    private Fixture.Article bylined(Fixture.ArticleBuilder article, String title) {
        return article.published("en", new ArticleText(title, "Intro", "<p>Text</p>", "Press service"))
                .published("ru", new ArticleText(title + " ru", "Вступление", "<p>Текст</p>", "Пресс-служба"))
                .create();
    }

    private static String articleUrl(Fixture.Article article, String language, ContentService content) {
        return "/" + language + "/news/" + article.id() + "-"
                + content.findVersion(article.id(), language).orElseThrow().slug();
    }

    @Test
    void theArticleShowsItsDateWithTheOffsetOfItsDayAndItsByline() throws Exception {
        Fixture.Article winter = bylined(BEFORE_THE_CHANGE, "Winter session " + TestAccounts.unique("w"));
        Fixture.Article summer = bylined(AFTER_THE_CHANGE, "Summer session " + TestAccounts.unique("w"));

        Document winterPage = page(articleUrl(winter, "en", content));
        assertThat(winterPage.select(".story time").attr("datetime")).isEqualTo("2021-12-27T12:30+06:00");
        assertThat(winterPage.select(".story time").text()).contains("27 December 2021", "12:30");
        assertThat(winterPage.select(".story .byline").text()).isEqualTo("Press service");
        assertThat(winterPage.select("meta[property=article:author]").attr("content"))
                .isEqualTo("Press service");
        assertThat(winterPage.select("meta[property=article:published_time]").attr("content"))
                .isEqualTo("2021-12-27T12:30+06:00");

        Document summerPage = page(articleUrl(summer, "ru", content));
        assertThat(summerPage.select(".story time").attr("datetime")).isEqualTo("2025-06-02T11:30+05:00");
        assertThat(summerPage.select(".story time").text()).contains("11:30");
        assertThat(summerPage.select(".story .byline").text()).isEqualTo("Пресс-служба");
    }

    @Test
    void structuredDataNamesTheBylineNotTheAccount() throws Exception {
        Fixture.Article article = bylined(BEFORE_THE_CHANGE, "Structured " + TestAccounts.unique("s"));

        Document document = page(articleUrl(article, "en", content));
        JsonNode data = JsonMapper.builder()
                .build()
                .readTree(document.select("script[type=application/ld+json]").html());
        assertThat(data.path("@type").asString()).isEqualTo("NewsArticle");
        assertThat(data.path("author").path("name").asString()).isEqualTo("Press service");
        assertThat(data.path("datePublished").asString()).isEqualTo("2021-12-27T12:30+06:00");
        assertThat(document.html()).doesNotContain(article.editor());
    }

    @Test
    void theFeedNamesEachEntrysBylineAsItsAuthor() throws Exception {
        String title = "Feed byline " + TestAccounts.unique("f");
        bylined(fixture.article("en"), title);

        String feed = mvc.perform(get("/ru/feed.xml"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document xml = Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());
        assertThat(xml.select("entry").stream()
                        .filter(entry -> entry.select("title").text().equals(title + " ru"))
                        .findFirst()
                        .orElseThrow()
                        .select("author name")
                        .text())
                .isEqualTo("Пресс-служба");
    }

    @Test
    void theSitemapListsArticlesByTheirDateNotByWhenTheyWereEntered() throws Exception {
        Fixture.Article current = bylined(fixture.article("en"), "Entered first " + TestAccounts.unique("m"));
        Fixture.Article older = bylined(BEFORE_THE_CHANGE, "Entered later " + TestAccounts.unique("m"));

        String sitemap =
                mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
        assertThat(older.id()).isGreaterThan(current.id());
        assertThat(sitemap.indexOf(articleUrl(current, "en", content)))
                .isPositive()
                .isLessThan(sitemap.indexOf(articleUrl(older, "en", content)));
    }

    @Test
    void anArchivedSectionsArticlesAreListedWithoutItAndItsPageIsGoneAsTheSectionsPageSays() throws Exception {
        Fixture.Section desk = fixture.section("Desk to archive");
        String title = "Kept after archiving " + TestAccounts.unique("a");
        fixture.article("en")
                .in(desk)
                .published("en", Fixture.text(title, "Intro"))
                .create();
        String editor = fixture.account("editor", Role.EDITOR);

        SystemTask.run("test", () -> sections.archive(desk.id(), true));

        Element teaser = page("/en/news").select("article.teaser").stream()
                .filter(listed -> listed.select("h2").text().equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(teaser.select(".meta .section-name"))
                .as("an empty section name after the date")
                .isEmpty();
        mvc.perform(get("/en/news/" + desk.slug())).andExpect(status().isNotFound());
        String hint = Jsoup.parse(
                        mvc.perform(get("/admin/sections").with(user(editor)).header("Accept-Language", "en"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .select("main p.help")
                .first()
                .text();
        assertThat(hint)
                .isEqualTo("Readers see the sections in this order. Old addresses of renamed and merged sections"
                        + " keep working; the page of an archived section is no longer found, but its articles stay"
                        + " on the site.");
    }

    @Test
    void sectionAddressesInAnotherLanguageRenamedOrMergedLeadOnWithOneRedirect() throws Exception {
        String suffix = TestAccounts.unique("x").replaceAll("[^a-z0-9]", "");
        SectionView water = SystemTask.run(
                "test", () -> sections.create(Map.of("en", "Water " + suffix, "ru", "Вода " + suffix), Map.of()));
        SectionView target = SystemTask.run(
                "test", () -> sections.create(Map.of("en", "Climate " + suffix, "ru", "Климат " + suffix), Map.of()));

        page("/ru/news/voda-" + suffix);
        mvc.perform(get("/ru/news/water-" + suffix + "?page=2"))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/ru/news/voda-" + suffix + "?page=2"));

        SystemTask.run("test", () -> sections.merge(water.id(), target.id()));
        mvc.perform(get("/ru/news/voda-" + suffix))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/ru/news/klimat-" + suffix));

        SystemTask.run("test", () -> sections.archive(target.id(), true));
        mvc.perform(get("/ru/news/klimat-" + suffix)).andExpect(status().isNotFound());
        mvc.perform(get("/ru/news/voda-" + suffix)).andExpect(status().isNotFound());
    }

    @Test
    void anEditorIsToldInTheirLanguageWhenAnArticleDateLiesInTheFuture() throws Exception {
        Fixture.Article article = bylined(BEFORE_THE_CHANGE, "Future date " + TestAccounts.unique("d"));
        String editor = fixture.account("editor", Role.EDITOR);

        MvcResult refused = mvc.perform(post("/admin/articles/" + article.id() + "/settings")
                        .param("back", "ru")
                        .param("dateline", "2099-01-01T10:00")
                        .param("sectionId", article.sectionId().toString())
                        .with(user(editor))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/articles/" + article.id() + "/ru"))
                .andReturn();
        String shown = mvc.perform(get("/admin/articles/" + article.id() + "/ru")
                        .header("Accept-Language", "ru")
                        .with(user(editor))
                        // The flash message travels in the session, in the database: the next request carries its
                        // cookie.
                        .cookie(refused.getResponse().getCookie("SESSION")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(shown).select(".alert.error").text())
                .isEqualTo("Дата материала не может быть в будущем. Чтобы опубликовать позже, одобрите версию с"
                        + " указанием времени публикации.");
        assertThat(content.findVersion(article.id(), "en").orElseThrow().dateline())
                .isEqualTo(BEFORE_THE_CHANGE);
    }

    @Test
    void aReviewerWhosePublicationTimeHasPassedIsToldAndNothingIsPublished() throws Exception {
        Fixture.Article article = fixture.article("en")
                .inReview("en", Fixture.text("Past schedule " + TestAccounts.unique("p"), "Intro"))
                .create();

        MvcResult refused = mvc.perform(post("/admin/articles/" + article.id() + "/en/approve")
                        .param("publishAt", "2020-01-01T10:00")
                        .with(user(article.reviewer()))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn();

        Map<String, Object> flash = refused.getFlashMap();
        assertThat(flash).containsEntry("error", "workflow.error.publishAtPast");
        assertThat(flash).doesNotContainKey("notice");
        assertThat(content.findVersion(article.id(), "en").orElseThrow().live()).isFalse();
    }
}
