package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tilmash.support.Axe;
import org.tilmash.support.Browser;
import org.tilmash.support.TilmashTest;

/** WCAG 2.1 A/AA checks by axe-core on the pages readers see, on a desktop and a 360 px wide screen. */
@TilmashTest
class AccessibilityBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readerPagesHaveNoWcagViolations() {
        Long article = jdbc.queryForObject(
                "select min(a.id) from tilmash_article a where author = 'editor' and not exists (select 1 from tilmash_article_version v"
                        + " where v.article_id = a.id and v.language = 'kk' and v.published_revision_id is not null)",
                Long.class);
        List<String> paths = List.of(
                "/en/",
                "/ru/news?page=2",
                "/kk/news/breaking",
                "/kk/news/" + article,
                "/tg/news/" + article,
                "/uz/no-such-page");
        WebDriver browser = Browser.fresh("en");
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(360, 740))) {
            browser.manage().window().setSize(size);
            for (String path : paths) {
                browser.get("http://localhost:" + port + path);
                browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
                assertThat(Axe.violations(browser)).as(path + " at " + size).isEqualTo("[]");
            }
        }
    }

    @Test
    void textInAnotherLanguageThanThePageCarriesItsLangAtEveryWidth() throws Exception {
        Long article = jdbc.queryForObject(
                "select min(a.id) from tilmash_article a where author = 'editor'"
                        + " and exists (select 1 from tilmash_article_version v where v.article_id = a.id"
                        + " and v.language = 'ru' and v.published_revision_id is not null)"
                        + " and not exists (select 1 from tilmash_article_version v where v.article_id = a.id"
                        + " and v.language = 'kk' and v.published_revision_id is not null)",
                Long.class);
        WebDriver browser = Browser.fresh("kk");
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(360, 740))) {
            browser.manage().window().setSize(size);
            browser.get("http://localhost:" + port + "/kk/news/" + article);
            WebElement notice = browser.findElement(By.cssSelector(".notice"));
            assertThat(notice.getText()).isEqualTo("Бұл мақала әзірге қазақ тілінде жоқ. Ол орыс тілінде көрсетілген.");
            assertThat(langOf(browser, notice)).isEqualTo("kk");
            assertThat(langOf(browser, browser.findElement(By.cssSelector("article.story h1"))))
                    .isEqualTo("ru");
            for (WebElement note : browser.findElements(By.cssSelector(".switcher small"))) {
                assertThat(langOf(browser, note))
                        .as("switcher note in the page's language")
                        .isEqualTo("kk");
            }
            Files.createDirectories(Path.of("target/screenshots"));
            Files.write(
                    Path.of("target/screenshots/fallback-kk-" + size.getWidth() + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

            browser.get("http://localhost:" + port + "/kk/news");
            for (WebElement badge : browser.findElements(By.cssSelector(".teaser .badge"))) {
                assertThat(langOf(browser, badge)).isEqualTo("kk");
                assertThat(badge.getText()).matches("(Ағылшын|Орыс) тілінде");
                WebElement teaser = badge.findElement(By.xpath("ancestor::article[1]"));
                String titleLang = langOf(browser, teaser.findElement(By.cssSelector("h2")));
                assertThat(titleLang).isIn("ru", "en");
                assertThat(langOf(browser, teaser.findElement(By.cssSelector(".more .visually-hidden"))))
                        .as("hidden title of the More link")
                        .isEqualTo(titleLang);
            }
        }
    }

    /** The language an element's text is in: the nearest {@code lang} attribute, as assistive technology reads it. */
    private static String langOf(WebDriver browser, WebElement element) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("return arguments[0].closest('[lang]').getAttribute('lang');", element);
    }
}
