package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tilmash.accounts.Role;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
import org.tilmash.support.Screenshots;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.ArticlePage;
import org.tilmash.support.pages.NewsListPage;
import org.tilmash.support.pages.admin.LoginPage;
import org.tilmash.support.pages.admin.SectionsPage;

/**
 * A newsroom moving in: an editor sets up a section in the back office, enters an older news item with its original
 * date and byline, corrects its time, a reviewer approves it, and readers find it dated as it was, on a desktop and a
 * phone.
 */
@TilmashTest
class NewsroomJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void anEditorSetsUpASectionAndEntersOlderNewsThatReadersSeeWithItsOriginalDate() throws Exception {
        String editor = fixture.accounts("editor", Map.of(Role.EDITOR, Set.of()));
        String reviewer = fixture.accounts("reviewer", Map.of(Role.REVIEWER, Set.of("en")));
        String suffix = TestAccounts.unique("n").replaceAll("[^a-z0-9]", "");
        String section = "Water talks " + suffix;
        String headline = "Basin council meets " + suffix;
        WebDriver browser = Browser.fresh("en");

        LoginPage.open(browser, base()).loginAs(editor, TestAccounts.PASSWORD);
        SectionsPage sections = SectionsPage.fromNavigation(browser, base())
                .newSection()
                .name("en", section)
                .name("ru", "Переговоры о воде " + suffix)
                .save();
        assertThat(sections.notice()).isEqualTo("The section was created.");
        assertThat(sections.address(section)).isEqualTo("/en/news/water-talks-" + suffix);
        for (Dimension size : new Dimension[] {new Dimension(1280, 900), new Dimension(360, 740)}) {
            browser.manage().window().setSize(size);
            assertThat(sections.fitsWidth())
                    .as("sections at %d px", size.getWidth())
                    .isTrue();
            Browser.screenshot(browser, "sections-" + size.getWidth());
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        assertThat(sections.currentNavigation()).isEqualTo("Sections");

        var draft = sections.newArticle()
                .createDated(
                        section,
                        "2021-12-27T11:30",
                        headline,
                        "Delegates of five countries met in Almaty.",
                        "Press service",
                        "The council agreed on the spring water schedule.");
        assertThat(draft.dateline()).isEqualTo("2021-12-27T11:30");
        draft.changeDate("2021-12-27T12:30");
        assertThat(draft.notice()).isEqualTo("The article's date and section were saved.");
        assertThat(draft.dateline()).isEqualTo("2021-12-27T12:30");
        assertThat(draft.auditEntries().getLast())
                .as("the corrected date, as the editor reads dates")
                .contains("changed the article date", "new date: 27 December 2021 at 12:30")
                .doesNotContain("2021-12-27T06:30:00Z");
        assertThat(Screenshots.shoot(browser, "article-date-corrected", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "article-date-corrected", 360)).isEmpty();
        assertThat(draft.byline()).isEqualTo("Press service");
        String path = draft.path();
        draft.submit();
        Browser.screenshot(browser, "article-settings-1280");

        browser.manage().deleteAllCookies();
        LoginPage.open(browser, base()).loginAs(reviewer, TestAccounts.PASSWORD);
        var review = org.tilmash.support.pages.admin.ArticlePage.open(browser, base(), path);
        review.approve();
        assertThat(review.notice()).isEqualTo("The version was approved and published.");

        browser.manage().deleteAllCookies();
        for (Dimension size : new Dimension[] {new Dimension(1280, 900), new Dimension(360, 740)}) {
            browser.manage().window().setSize(size);
            NewsListPage listing = NewsListPage.open(browser, base(), "/en/news/water-talks-" + suffix);
            assertThat(listing.headlines()).containsExactly(headline);
            assertThat(listing.dates()).containsExactly("27 December 2021");
            ArticlePage article = listing.more(0);
            assertThat(article.dateline()).contains("27 December 2021", "12:30");
            assertThat(article.datelineIso()).isEqualTo("2021-12-27T12:30+06:00");
            assertThat(article.byline()).isEqualTo("Press service");
            Browser.screenshot(browser, "article-dated-" + size.getWidth());
        }
    }
}
