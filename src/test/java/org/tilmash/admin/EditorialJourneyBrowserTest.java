package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.HomePage;
import org.tilmash.support.pages.NewsListPage;
import org.tilmash.support.pages.admin.ArticlePage;
import org.tilmash.support.pages.admin.ConflictPage;
import org.tilmash.support.pages.admin.EditPage;
import org.tilmash.support.pages.admin.LoginPage;
import org.tilmash.support.pages.admin.NewArticlePage;

@TilmashTest
class EditorialJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    AccountService accounts;

    private String base() {
        return "http://localhost:" + port;
    }

    private String person(String prefix, Map<Role, Set<String>> roles) {
        return fixture.accounts(prefix, roles);
    }

    private ArticlePage signIn(WebDriver browser, String username, String path) {
        browser.manage().deleteAllCookies();
        LoginPage.open(browser, base()).loginAs(username, TestAccounts.PASSWORD);
        return ArticlePage.open(browser, base(), path);
    }

    @Test
    void anArticleGoesFromDraftThroughChangesRequestedToReaders() {
        String editor = person("editor", Map.of(Role.EDITOR, Set.of()));
        String reviewer = person("reviewer", Map.of(Role.REVIEWER, Set.of("en")));
        String headline = "Glacier survey " + TestAccounts.unique("x");
        WebDriver browser = Browser.fresh("en");

        NewArticlePage form = LoginPage.open(browser, base())
                .loginAs(editor, TestAccounts.PASSWORD)
                .newArticle();
        form.createWithoutTitle(1, "Kept intro");
        assertThat(form.fieldError()).isNotBlank();
        assertThat(form.introValue()).isEqualTo("Kept intro");
        ArticlePage draft =
                form.create("en", 1, headline, "Scientists measured the ice.", "The survey covered nine glaciers.");
        String path = draft.path();
        draft.submit();
        assertThat(draft.state()).isEqualTo("In review");

        ArticlePage review = signIn(browser, reviewer, path);
        review.requestChanges("Add the name of the lead scientist.");
        assertThat(review.state()).isEqualTo("Draft");

        ArticlePage revised = signIn(browser, editor, path);
        assertThat(revised.auditComments()).contains("Add the name of the lead scientist.");
        revised = revised.edit()
                .body("The survey, led by Dr. Aigerim Sadykova, covered nine glaciers.")
                .save();
        revised.submit();

        ArticlePage approved = signIn(browser, reviewer, path);
        approved.approve();
        assertThat(approved.state()).isEqualTo("Published");

        browser.manage().deleteAllCookies();
        NewsListPage news = HomePage.open(browser, base(), "en").allNews();
        assertThat(news.headlines()).contains(headline);
        var article = news.more(news.headlines().indexOf(headline));
        assertThat(article.bodyText()).contains("Dr. Aigerim Sadykova");
    }

    @Test
    void twoPeopleEditingTheSameVersionLoseNothing() {
        String first = person("editor", Map.of(Role.EDITOR, Set.of()));
        String second = person("editor", Map.of(Role.EDITOR, Set.of()));
        WebDriver one = Browser.fresh("en");
        WebDriver two = Browser.fresh("en-GB");
        ArticlePage created = LoginPage.open(one, base())
                .loginAs(first, TestAccounts.PASSWORD)
                .newArticle()
                .create("en", 1, "Shared draft", "Intro", "Original text.");
        String path = created.path();

        LoginPage.open(two, base()).loginAs(second, TestAccounts.PASSWORD);
        EditPage mine = EditPage.open(two, base(), path);
        EditPage theirs = EditPage.open(one, base(), path);

        theirs.title("Shared draft, first edit").save();
        ConflictPage conflict =
                mine.title("Shared draft, my edit").body("My careful rewrite.").saveIntoConflict();

        assertThat(conflict.theirTitle()).isEqualTo("Shared draft, first edit");
        assertThat(conflict.myTitle()).isEqualTo("Shared draft, my edit");
        assertThat(conflict.myBody()).contains("My careful rewrite.");
    }
}
