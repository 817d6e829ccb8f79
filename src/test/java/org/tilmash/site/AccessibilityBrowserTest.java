package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
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
                "select min(a.id) from article a where author = 'editor' and not exists (select 1 from article_version v"
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
}
