package org.tilmash.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tilmash.accounts.Role;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
import org.tilmash.support.MariaDb;
import org.tilmash.support.Screenshots;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.ArticlePage;
import org.tilmash.support.pages.admin.ImportPage;
import org.tilmash.support.pages.admin.LoginPage;

/**
 * An administrator moves an old Joomla site in: a dry run first, then the import with its progress bar, on a wide
 * screen and a phone; then a reader follows the old site's links and lands on the right articles, in the right
 * language, with the original dates.
 */
@TilmashTest
class ImportJourneyBrowserTest {

    private static final Dimension WIDE = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(360, 740);

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @TempDir
    Path root;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    @ExtendWith(MariaDb.class)
    void anAdministratorImportsTheOldSiteAndReadersFollowItsOldLinks() throws Exception {
        String admin = fixture.accounts("admin", Map.of(Role.ADMIN, Set.of()));
        OldJoomla site;
        try (Connection connection = DriverManager.getConnection(MariaDb.URL, MariaDb.USER, MariaDb.PASSWORD)) {
            site = OldJoomla.write(connection, JoomlaSchema.J3, JoomlaSchema.Dialect.MYSQL, root);
        }
        WebDriver browser = Browser.fresh("en");
        LoginPage.open(browser, base()).loginAs(admin, TestAccounts.PASSWORD);

        ImportPage page = ImportPage.fromNavigation(browser, base())
                .joomla(MariaDb.URL, MariaDb.USER, MariaDb.PASSWORD, site.prefix, site.images.toString());
        assertThat(page.wordPressFieldsHidden()).isTrue();
        page.dryRun().awaitReport();
        assertThat(page.jobHeading()).isEqualTo("Dry run");
        assertThat(page.resultLabel("CREATED")).isEqualTo("Would be created");
        assertThat(page.count("CREATED", 2)).isEqualTo(4);
        assertThat(page.count("REFUSED", 2)).isEqualTo(2);
        assertThat(page.notesOn(site.id(OldJoomla.FRENCH)))
                .singleElement()
                .asString()
                .contains("“fr-FR” is not one of this site’s languages");
        for (Dimension size : new Dimension[] {WIDE, PHONE}) {
            browser.manage().window().setSize(size);
            assertThat(page.fitsWidth())
                    .as("dry run report at %d px", size.getWidth())
                    .isTrue();
            Browser.screenshot(browser, "import-dry-run-" + size.getWidth());
        }

        // The old site's users table is locked while the import runs: it waits there, and the page shows how far it
        // got.
        try (Connection lock = DriverManager.getConnection(MariaDb.URL, MariaDb.USER, MariaDb.PASSWORD);
                Statement statement = lock.createStatement()) {
            statement.execute("lock tables `" + site.prefix + "users` write");
            browser.manage().window().setSize(WIDE);
            page.joomla(MariaDb.URL, MariaDb.USER, MariaDb.PASSWORD, site.prefix, site.images.toString())
                    .startImport();
            assertThat(page.running()).isTrue();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(driver -> page.progressLabel().equals("2 of 10 items"));
            assertThat(page.progressValue()).isBetween(1, 99);
            for (Dimension size : new Dimension[] {WIDE, PHONE}) {
                browser.manage().window().setSize(size);
                assertThat(page.fitsWidth())
                        .as("progress at %d px", size.getWidth())
                        .isTrue();
                Browser.screenshot(browser, "import-progress-" + size.getWidth());
            }
            statement.execute("unlock tables");
        }
        page.awaitReport();
        assertThat(page.jobHeading()).isEqualTo("Import");
        assertThat(page.count("CREATED", 2)).isEqualTo(4);
        assertThat(page.count("CREATED", 1)).isEqualTo(2);
        for (Dimension size : new Dimension[] {WIDE, PHONE}) {
            browser.manage().window().setSize(size);
            assertThat(page.fitsWidth()).as("report at %d px", size.getWidth()).isTrue();
            Browser.screenshot(browser, "import-report-" + size.getWidth());
        }

        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(WIDE);
        browser.get(
                base() + "/index.php/ru/novosti/" + site.id(OldJoomla.SUMMIT_RU) + "-" + site.alias("vodnyi-sammit"));
        ArticlePage russian = ArticlePage.await(browser);
        assertThat(russian.htmlLang()).isEqualTo("ru");
        assertThat(russian.articleTitle()).isEqualTo("В Алматы открылся водный саммит");
        assertThat(russian.datelineIso()).isEqualTo("2021-12-27T10:15+06:00");

        browser.get(base() + "/index.php?option=com_content&view=article&id=" + site.id(OldJoomla.SUMMIT_EN) + ":"
                + site.alias("water-summit-opens") + "&Itemid=101");
        ArticlePage english = ArticlePage.await(browser);
        assertThat(english.htmlLang()).isEqualTo("en");
        assertThat(english.articleTitle()).isEqualTo("Water summit opens in Almaty");
        assertThat(english.dateline()).contains("27 December 2021");
        assertThat(english.byline()).isEqualTo("Press service");
        Browser.screenshot(browser, "import-old-link-article-1280");

        browser.manage().window().setSize(PHONE);
        browser.get(base() + "/kz/news/" + site.id(OldJoomla.SUMMIT_KK) + "-" + site.alias("su-sammiti"));
        ArticlePage kazakh = ArticlePage.await(browser);
        assertThat(kazakh.htmlLang()).isEqualTo("kk");
        assertThat(kazakh.articleTitle()).isEqualTo("Алматыда су саммиті ашылды");
        Browser.screenshot(browser, "import-old-link-article-360");
        browser.manage().window().setSize(WIDE);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsExplainedInTheAdministratorsLanguageAndTheFormIsKept() throws Exception {
        String admin = fixture.accounts("admin", Map.of(Role.ADMIN, Set.of()));
        WebDriver browser = Browser.fresh("tk");
        LoginPage.open(browser, base()).loginAs(admin, TestAccounts.PASSWORD);

        // Nothing listens on port 1: the driver is refused at once, in English.
        ImportPage page = ImportPage.fromNavigation(browser, base())
                .joomla("jdbc:mariadb://127.0.0.1:1/joomla", "joomla_reader", "secret", "old_", root.toString())
                .dryRun()
                .awaitReport();

        assertThat(page.failure())
                .startsWith("127.0.0.1:1 maglumatlar bazasynyň serwerine birikip bolmaýar")
                .doesNotContain("Socket", "Connection", "refused");
        assertThat(page.showsSummary())
                .as("a summary of zeros under the failure")
                .isFalse();
        assertThat(page.field("jdbcUrl")).isEqualTo("jdbc:mariadb://127.0.0.1:1/joomla");
        assertThat(page.field("dbUser")).isEqualTo("joomla_reader");
        assertThat(page.field("prefix")).isEqualTo("old_");
        assertThat(page.field("imagesDir")).isEqualTo(root.toString());
        assertThat(page.field("dbPassword")).isEmpty();
        for (int width : new int[] {1280, 360}) {
            assertThat(Screenshots.shoot(browser, "import-unreachable-database", width))
                    .as("failed dry run at %d px", width)
                    .isEmpty();
        }

        // An RSS feed is no export: refused by the name it has on the administrator's computer.
        Path feed = root.resolve("feed.xml");
        Files.writeString(feed, WordPressImportTest.FEED, StandardCharsets.UTF_8);
        page.wordPressUpload(feed).dryRun().awaitReport();

        assertThat(page.failure()).startsWith("feed.xml WordPress eksport faýly däl");
        assertThat(page.showsSummary()).isFalse();
        for (int width : new int[] {1280, 360}) {
            assertThat(Screenshots.shoot(browser, "import-not-wordpress", width))
                    .as("refused feed at %d px", width)
                    .isEmpty();
        }
    }
}
