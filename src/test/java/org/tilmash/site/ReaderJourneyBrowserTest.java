package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
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
}
