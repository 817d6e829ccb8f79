package org.tilmash.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tilmash.support.Axe;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
import org.tilmash.support.Screenshots;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.admin.ArticlePage;
import org.tilmash.support.pages.admin.EditPage;
import org.tilmash.support.pages.admin.LoginPage;
import org.tilmash.support.pages.admin.UnsavedPage;

/** An editor's session ends while they write: they sign in again and save what they typed, losing nothing. */
@TilmashTest
class SessionEndedJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    SignedInSessions.IndexedSessions sessions;

    private String base() {
        return "http://localhost:" + port;
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 360})
    void anEditorWhoseSessionEndedWhileWritingSignsInAgainAndSavesWhatTheyTyped(int width) {
        String editor = fixture.account("writer", Role.EDITOR);
        Long articleId = fixture.article("en")
                .by(editor)
                .draft("en", Fixture.text("Mudflow on the Almaty road", "Traffic is stopped.", "Crews are out."))
                .create()
                .id();
        WebDriver browser = Browser.fresh("en");
        browser.manage().window().setSize(new Dimension(width, 900));
        LoginPage.open(browser, base()).loginAs(editor, TestAccounts.PASSWORD);
        EditPage form = EditPage.open(browser, base(), "/admin/articles/" + articleId + "/en");
        form.body("Crews cleared the road by evening; traffic moves in one lane.");
        sessions.end(editor);

        LoginPage again = form.saveAfterSessionEnded();
        assertThat(again.sessionEnded()).contains("nothing you typed is lost");
        UnsavedPage offer = again.signInAgain(editor, TestAccounts.PASSWORD);
        assertThat(offer.typedText())
                .containsExactly(
                        "Mudflow on the Almaty road",
                        "Traffic is stopped.",
                        "Crews cleared the road by evening; traffic moves in one lane.");
        assertThat(Screenshots.shoot(browser, "unsaved-changes", width)).isEmpty();
        assertThat(Axe.violations(browser)).isEqualTo("[]");

        ArticlePage saved = offer.send();
        assertThat(saved.notice()).isNotBlank();
        assertThat(saved.bodyText()).contains("Crews cleared the road by evening");
    }
}
