package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tilmash.accounts.Role;
import org.tilmash.content.ContentService;
import org.tilmash.search.BackOfficeSearch;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.admin.ArticlesPage;
import org.tilmash.support.pages.admin.BackOfficePage;
import org.tilmash.support.pages.admin.BulkPage;
import org.tilmash.support.pages.admin.LoginPage;

/** A reviewer finds articles by a word in their text and approves several at once, told first what will happen. */
@TilmashTest
class ArticlesJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    BackOfficeSearch backOfficeSearch;

    @Autowired
    Fixture fixture;

    @Autowired
    ContentService content;

    @Test
    void aReviewerSearchesChoosesAndApprovesSeveralArticlesAfterSeeingTheRehearsal() throws Exception {
        String reviewer = fixture.accounts("reviewer", Map.of(Role.REVIEWER, Set.of("en"), Role.EDITOR, Set.of()));
        String word = "steppe" + TestAccounts.unique("w").replaceAll("[^a-z0-9]", "");
        Fixture.Article theirs = fixture.article("en")
                .reviewedBy(reviewer)
                .inReview("en", Fixture.text("Herders return " + word, "Intro"))
                .create();
        Fixture.Article mine = fixture.article("en")
                .by(reviewer)
                .inReview("en", Fixture.text("Herders rest " + word, "Intro"))
                .create();
        // The list's search box searches the index, which follows the workflow after commit.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> SignedIn.as(reviewer, () -> backOfficeSearch.articleIds(word, null, null, 10))
                                .size()
                        == 2);
        WebDriver browser = Browser.fresh("en");

        LoginPage.open(browser, "http://localhost:" + port).loginAs(reviewer, TestAccounts.PASSWORD);
        ArticlesPage articles =
                ArticlesPage.fromNavigation(browser, "http://localhost:" + port).search(word);
        assertThat(articles.titles()).containsExactlyInAnyOrder("Herders return " + word, "Herders rest " + word);
        shoot(browser, articles, "articles");

        BulkPage rehearsal = articles.choose("Herders return " + word)
                .choose("Herders rest " + word)
                .rehearse("Approve and publish", "English");
        assertThat(rehearsal.summary()).isEqualTo("1 will be approved, 1 refused. Nothing has changed yet.");
        assertThat(rehearsal.refusalReasons())
                .containsExactly("You wrote this revision, so another reviewer has to approve it.");
        assertThat(content.findVersion(theirs.id(), "en").orElseThrow().live()).isFalse();
        shoot(browser, rehearsal, "bulk");

        ArticlesPage after = rehearsal.run();
        assertThat(after.notice()).isEqualTo("1 article done.");
        assertThat(content.findVersion(theirs.id(), "en").orElseThrow().live()).isTrue();
        assertThat(content.findVersion(mine.id(), "en").orElseThrow().live()).isFalse();
    }

    private static void shoot(WebDriver browser, BackOfficePage page, String name) throws Exception {
        Files.createDirectories(Path.of("target/screenshots"));
        for (Dimension size : new Dimension[] {new Dimension(1280, 900), new Dimension(360, 740)}) {
            browser.manage().window().setSize(size);
            Files.write(
                    Path.of("target/screenshots/" + name + "-" + size.getWidth() + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            assertThat(page.fitsWidth())
                    .as("%s at %d px: %s", name, size.getWidth(), page.overflowing())
                    .isTrue();
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
