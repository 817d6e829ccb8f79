package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;
import org.tilmash.media.ImageText;
import org.tilmash.support.Axe;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
import org.tilmash.support.Screenshots;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TestImages;
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

    @Autowired
    Gallery gallery;

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
        String source = "https://glaciers.example.org/survey/" + "2026-".repeat(50) + "report.pdf";
        review.requestChanges("Add the name of the lead scientist, see " + source);
        assertThat(review.state()).isEqualTo("Draft");

        ArticlePage revised = signIn(browser, editor, path);
        assertThat(revised.auditComments()).contains("Add the name of the lead scientist, see " + source);
        assertThat(Screenshots.shoot(browser, "editor-changes-requested", 360))
                .as("a long link in a comment wraps")
                .isEmpty();
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

        assertThat(conflict.theirAdditions())
                .as("the word diff of what the other editor changed")
                .anySatisfy(added -> assertThat(added).contains("first edit"));
        assertThat(conflict.parts()).containsExactly("Title", "Body, paragraph 1");
        assertThat(conflict.choices())
                .as("the title both changed keeps the saved text; the body only I changed takes mine")
                .containsExactly("THEIRS", "MINE");
        assertThat(Axe.violations(two)).as("the conflict page").isEqualTo("[]");
        assertThat(Screenshots.shoot(two, "editor-conflict", 1280)).isEmpty();
        assertThat(Screenshots.shoot(two, "editor-conflict", 360)).isEmpty();

        conflict = conflict.takeMine(0).saveRefused();
        assertThat(conflict.error()).startsWith("You chose your text over changes someone else saved.");
        ArticlePage saved = conflict.confirmOverwrite().save();
        assertThat(saved.title()).isEqualTo("Shared draft, my edit");
        assertThat(saved.notice()).isEqualTo("The merged text was saved as a new revision.");
    }

    @Test
    void anEditorPutsAGalleryImageInTheBodyAndItFitsEveryScreen() {
        String editor = person("editor", Map.of(Role.EDITOR, Set.of()));
        String reviewer = person("reviewer", Map.of(Role.REVIEWER, Set.of("en")));
        String headline = "Bridge opens " + TestAccounts.unique("x");
        Fixture.Article article = fixture.article("en")
                .by(editor)
                .reviewedBy(reviewer)
                .draft("en", Fixture.text(headline, "The new bridge carries traffic.", "Traffic began at dawn."))
                .create();
        byte[] jpeg = TestImages.jpeg(1600, 900, Color.DARK_GRAY);
        Image bridge = gallery.upload(
                        article.id(), "a.jpg", jpeg.length, new ByteArrayResource(jpeg), editor, Optional.empty())
                .image()
                .orElseThrow();
        gallery.writeTexts(
                article.id(),
                bridge.id(),
                "en",
                new ImageText("A steel bridge over the river", "Opening day", "City press office"));
        String path = "/admin/articles/" + article.id() + "/en";
        WebDriver browser = Browser.fresh("en");
        LoginPage.open(browser, base()).loginAs(editor, TestAccounts.PASSWORD);

        EditPage edit = EditPage.open(browser, base(), path);
        assertThat(edit.insertImage("1. A steel bridge over the river"))
                .as("TinyMCE's own None, then the gallery as it numbers it, named by the alt text")
                .containsExactly("None", "1. A steel bridge over the river");
        assertThat(edit.bodyValue())
                .contains(bridge.renditionFor(960).url())
                .contains("alt=\"A steel bridge over the river\"");
        assertThat(Screenshots.shoot(browser, "editor-body-image-edit", 360)).isEmpty();
        edit.save();
        assertThat(Screenshots.shoot(browser, "editor-body-image-article", 1280))
                .isEmpty();
        assertThat(Screenshots.shoot(browser, "editor-body-image-article", 360))
                .as("a 1600 px body image on a 360 px screen")
                .isEmpty();

        fixture.submitAndApprove(article.version("en"), editor, reviewer);
        browser.manage().deleteAllCookies();
        browser.get(base() + "/en/news/" + article.id());
        var reader = org.tilmash.support.pages.ArticlePage.await(browser);
        assertThat(reader.bodyText()).contains("Traffic began at dawn.").contains("Opening day");
        assertThat(Screenshots.shoot(browser, "reader-body-image", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "reader-body-image", 360)).isEmpty();
    }
}
