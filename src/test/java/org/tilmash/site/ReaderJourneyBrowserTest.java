package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;
import org.tilmash.media.ImageText;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
import org.tilmash.support.Screenshots;
import org.tilmash.support.TestImages;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.ArticlePage;
import org.tilmash.support.pages.HomePage;
import org.tilmash.support.pages.NewsListPage;

@TilmashTest
class ReaderJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixture fixture;

    @Autowired
    Gallery gallery;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aRussianReaderPagesForwardOpensAnArticleAndSwitchesLanguageOnTheSameArticle() {
        WebDriver browser = Browser.fresh("ru-RU,ru;q=0.9");
        browser.get(base() + "/");
        HomePage home = new HomePage(browser);
        assertThat(home.path()).isEqualTo("/ru/");

        NewsListPage first = home.allNews();
        assertThat(first.currentPageNumber()).isEqualTo("1");
        List<String> firstArticles = first.articleLinks();
        NewsListPage second = first.nextPage();
        assertThat(second.currentPageNumber()).isEqualTo("2");
        assertThat(second.position()).contains("2");
        assertThat(second.articleLinks()).doesNotContainAnyElementsOf(firstArticles);
        List<String> secondArticles = second.articleLinks();
        NewsListPage third = second.nextPage();
        assertThat(third.currentPageNumber()).isEqualTo("3");
        assertThat(third.articleLinks()).doesNotContainAnyElementsOf(secondArticles);
        second = third.previousPage();
        assertThat(second.currentPageNumber()).isEqualTo("2");
        assertThat(second.articleLinks())
                .as("back to the articles the reader left, from the first one of page 3")
                .isEqualTo(secondArticles);

        ArticlePage opened = second.more(0);
        assertThat(opened.htmlLang()).isEqualTo("ru");
        assertThat(opened.path()).startsWith("/ru/news/" + opened.articleId() + "-");

        // An article of this test's own, in Russian and English but not yet in Kazakh.
        Fixture.Section section = fixture.section("Reader journey");
        Long articleId = fixture.article("en")
                .in(section)
                .published("en", Fixture.text("Herders cross the pass", "The road is open."))
                .published("ru", Fixture.text("Пастухи переходят перевал", "Дорога открыта."))
                .create()
                .id();
        browser.get(base() + "/ru/news/" + section.slug());
        ArticlePage article = NewsListPage.await(browser).more(0);
        String id = article.articleId();
        assertThat(id).isEqualTo(articleId.toString());
        assertThat(article.articleTitle()).isEqualTo("Пастухи переходят перевал");

        ArticlePage kazakh = article.switchTo("Қазақша", ArticlePage::await);
        assertThat(kazakh.path()).startsWith("/kk/news/" + id + "-");
        assertThat(kazakh.htmlLang()).isEqualTo("kk");
        assertThat(kazakh.textLanguage()).isEqualTo("ru");
        assertThat(kazakh.fallbackNotice()).isPresent();

        ArticlePage english = kazakh.switchTo("English", ArticlePage::await);
        assertThat(english.path()).startsWith("/en/news/" + id + "-");
        assertThat(english.htmlLang()).isEqualTo("en");
        assertThat(english.textLanguage()).isEqualTo("en");
    }

    @Test
    void aKazakhReaderOfAnArticleWithoutKazakhSeesTheRussianVersionWithANotice() {
        Long id = jdbc.queryForObject(
                "select min(a.id) from tilmash_article a where author = 'editor'"
                        + " and exists (select 1 from tilmash_article_version v where v.article_id = a.id"
                        + " and v.language = 'ru' and v.published_revision_id is not null)"
                        + " and not exists (select 1 from tilmash_article_version v where v.article_id = a.id"
                        + " and v.language = 'kk' and v.published_revision_id is not null)",
                Long.class);
        WebDriver browser = Browser.fresh("kk");
        browser.get(base() + "/ru/news/" + id);
        ArticlePage russian = ArticlePage.await(browser);
        assertThat(russian.switcherMarksUntranslated("Қазақша")).isTrue();

        ArticlePage kazakh = russian.switchTo("Қазақша", ArticlePage::await);
        assertThat(kazakh.htmlLang()).isEqualTo("kk");
        assertThat(kazakh.textLanguage()).isEqualTo("ru");
        assertThat(kazakh.articleTitle()).isEqualTo(russian.articleTitle());
        assertThat(kazakh.fallbackNotice())
                .hasValueSatisfying(notice -> assertThat(notice)
                        .isEqualTo("Бұл мақала әзірге қазақ тілінде жоқ. Ол орыс тілінде көрсетілген."));
    }

    @Test
    void aReaderOnANarrowPhoneScreenUsesTheSwitcherWithTheKeyboard() {
        WebDriver browser = Browser.fresh("en");
        browser.manage().window().setSize(new Dimension(360, 740));
        HomePage home = HomePage.open(browser, base(), "en");

        assertThat(home.openSwitcherWithKeyboard())
                .hasSize(8)
                .anySatisfy(entry -> assertThat(entry).startsWith("Кыргызча"));
        HomePage kyrgyz = home.switchTo("Кыргызча", HomePage::new);
        assertThat(kyrgyz.path()).isEqualTo("/ky/");
        assertThat(kyrgyz.htmlLang()).isEqualTo("ky");
        Long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow in px").isLessThanOrEqualTo(0L);
    }

    @Test
    void longLinksAndUnbrokenWordsWrapOnANarrowPhoneScreen() {
        LongWords.fitANarrowScreen(fixture, gallery, base(), "default");
    }

    /** The same pages and text with the other shipped theme. */
    @Nested
    @TestPropertySource(properties = "tilmash.theme.name=minimal")
    class MinimalTheme {

        @LocalServerPort
        int port;

        @Autowired
        Fixture fixture;

        @Autowired
        Gallery gallery;

        @Test
        void longLinksAndUnbrokenWordsWrapOnANarrowPhoneScreen() {
            LongWords.fitANarrowScreen(fixture, gallery, "http://localhost:" + port, "minimal");
        }
    }

    /**
     * An article whose every kind of text a person writes holds a long link or a word with no place to break (an
     * address pasted into an introduction, a caption typed without spaces): on a 360 px phone, nothing sticks out of
     * the window, neither on the article's page nor in its section's listing.
     */
    private static final class LongWords {

        private static final String LINK = "https://www.example.org/news/2026/regional-cooperation/"
                + "centre-for-regional-cooperation-announces-the-programme-of-the-youth-forum?utm_source=newsletter";
        private static final String WORD = "Transboundarywatermanagementcooperationprogrammeannouncement";

        static void fitANarrowScreen(Fixture fixture, Gallery gallery, String base, String theme) {
            Fixture.Section section = fixture.section("Regionalcooperationandinfrastructuredevelopment");
            String editor = fixture.account("long-words-editor", Role.EDITOR);
            String reviewer = fixture.account("long-words-reviewer", Role.REVIEWER, "en");
            Fixture.Article article = fixture.article("en")
                    .in(section)
                    .by(editor)
                    .reviewedBy(reviewer)
                    .draft(
                            "en",
                            new ArticleText(
                                    "Forum " + WORD,
                                    "Read the programme at " + LINK,
                                    "<p>The programme: <a href=\"" + LINK + "\">" + LINK + "</a></p>"
                                            + "<ul><li>" + WORD + "</li></ul><ol><li>" + LINK + "</li></ol>"
                                            + "<blockquote>" + WORD + WORD + "</blockquote>"
                                            + "<dl><dt>" + WORD + "</dt><dd>" + LINK + "</dd></dl>"
                                            + "<pre>" + WORD + WORD + "</pre><p><code>" + LINK + "</code></p>"))
                    .create();
            byte[] jpeg = TestImages.jpeg(800, 600, Color.DARK_GRAY);
            Image photo = gallery.upload(
                            article.id(),
                            "forum.jpg",
                            jpeg.length,
                            new ByteArrayResource(jpeg),
                            editor,
                            Optional.empty())
                    .image()
                    .orElseThrow();
            gallery.writeTexts(article.id(), photo.id(), "en", new ImageText("The forum's hall", WORD + WORD, WORD));
            fixture.submitAndApprove(article.version("en"), editor, reviewer);

            WebDriver browser = Browser.fresh("en");
            browser.get(base + "/en/news/" + section.slug());
            assertThat(Screenshots.shoot(browser, "long-words-listing-" + theme, 360))
                    .as("what sticks out of the listing")
                    .isEmpty();
            ArticlePage page = NewsListPage.await(browser).more(0);
            assertThat(page.articleTitle()).isEqualTo("Forum " + WORD);
            assertThat(page.thumbnailsLayout())
                    .as("a grid of pictures, not a bulleted list")
                    .isEqualTo("grid none");
            assertThat(Screenshots.shoot(browser, "long-words-article-" + theme, 360))
                    .as("what sticks out of the article")
                    .isEmpty();
        }
    }
}
