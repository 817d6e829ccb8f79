package org.tilmash.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.tilmash.content.ContentService;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.WebVisitor;

/**
 * A form posted after its session ended (expired, or ended on the server) over real HTTP: what was typed is kept
 * until the user has signed in again and sends it, never a password, never for another site's post; and a refused
 * sign-in asks only for the password again.
 */
@TilmashTest
class SessionEndedTest {

    private static final String UNSAVED = "/admin/unsaved";

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    ContentService content;

    @Autowired
    SignedInSessions.IndexedSessions sessions;

    @Autowired
    MessageSource messages;

    private record Draft(String editor, Long articleId, String editPage) {}

    private Draft draft() {
        String editor = fixture.account("unsaved", Role.EDITOR);
        Long articleId = fixture.article("en")
                .by(editor)
                .draft("en", Fixture.text("Avalanche warning", "Snow in the passes.", "Roads are closed."))
                .create()
                .id();
        return new Draft(editor, articleId, "/admin/articles/" + articleId + "/en/edit");
    }

    private static Map<String, String> fieldsOf(String page, String formSelector) {
        Element form = Jsoup.parse(page).selectFirst(formSelector);
        assertThat(form).as(formSelector).isNotNull();
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[name], textarea[name]").forEach(field -> fields.put(field.attr("name"), field.val()));
        return fields;
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^http://[^/]+", "");
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    @Test
    void anArticleSavedAfterTheSessionEndedIsKeptUntilTheEditorSignsInAgainAndSendsIt() {
        Draft draft = draft();
        WebVisitor browser = new WebVisitor(port, "en");
        browser.login(draft.editor(), TestAccounts.PASSWORD);
        Map<String, String> form = fieldsOf(browser.get(draft.editPage()).body(), "form.editor");
        String typed = "<p>The pass reopened at noon, said the road service.</p>\n<p>Chains are required.</p>";
        form.put("body", typed);
        sessions.end(draft.editor());

        String toLogin = location(browser.postFrom(draft.editPage(), draft.editPage(), form));
        assertThat(toLogin).isEqualTo("/login?unsaved&return=%2Fadmin%2Funsaved");
        Document login = Jsoup.parse(browser.get(toLogin).body());
        assertThat(login.select("#session-ended").text()).isEqualTo(text("login.sessionEnded.kept"));

        String returned = location(browser.submit(
                toLogin,
                "/login",
                Map.of("username", draft.editor(), "password", TestAccounts.PASSWORD, "return", UNSAVED)));
        assertThat(returned).isEqualTo(UNSAVED);
        String offer = browser.get(UNSAVED).body();
        assertThat(Jsoup.parse(offer).select("details.unsaved-text").text())
                .contains("The pass reopened at noon, said the road service.");
        assertThat(content.findVersion(draft.articleId(), "en")
                        .orElseThrow()
                        .working()
                        .body())
                .as("nothing saved before the editor sends it")
                .doesNotContain("reopened");

        Element resend = Jsoup.parse(offer).selectFirst("form#unsaved");
        HttpResponse<String> sent = browser.postFrom(UNSAVED, resend.attr("action"), fieldsOf(offer, "form#unsaved"));
        assertThat(location(sent)).isEqualTo("/admin/articles/" + draft.articleId() + "/en");
        assertThat(content.findVersion(draft.articleId(), "en")
                        .orElseThrow()
                        .working()
                        .body())
                .contains("The pass reopened at noon", "Chains are required.");
        assertThat(location(browser.get(UNSAVED))).as("offered once").isEqualTo("/admin");
    }

    @Test
    void aFormStillOpenInAnotherTabAfterSigningInAgainGoesStraightToTheOffer() {
        Draft draft = draft();
        WebVisitor browser = new WebVisitor(port, "en");
        browser.login(draft.editor(), TestAccounts.PASSWORD);
        Map<String, String> form = fieldsOf(browser.get(draft.editPage()).body(), "form.editor");
        form.put("title", "Avalanche warning lifted");
        sessions.end(draft.editor());
        browser.login(draft.editor(), TestAccounts.PASSWORD);

        assertThat(location(browser.postFrom(draft.editPage(), draft.editPage(), form)))
                .isEqualTo(UNSAVED);
        assertThat(Jsoup.parse(browser.get(UNSAVED).body())
                        .select("form#unsaved textarea[name=title]")
                        .text())
                .isEqualTo("Avalanche warning lifted");
    }

    @Test
    void aScriptsPostAfterTheSessionEndedIsRefusedSoThePageReportsAFailureNotASuccess() {
        Draft draft = draft();
        WebVisitor browser = new WebVisitor(port, "en");
        browser.login(draft.editor(), TestAccounts.PASSWORD);
        Map<String, String> form = fieldsOf(browser.get(draft.editPage()).body(), "form.editor");
        sessions.end(draft.editor());

        assertThat(browser.postAsScript(draft.editPage(), form).statusCode()).isEqualTo(403);
        browser.login(draft.editor(), TestAccounts.PASSWORD);
        assertThat(location(browser.get(UNSAVED))).isEqualTo("/admin");
    }

    @Test
    void anotherSitesPostIsRefusedAndNothingOfItIsOffered() {
        Draft draft = draft();
        WebVisitor browser = new WebVisitor(port, "en");
        browser.login(draft.editor(), TestAccounts.PASSWORD);
        Map<String, String> form = fieldsOf(browser.get(draft.editPage()).body(), "form.editor");
        form.put("_csrf", "forged");
        form.put("title", "Forged headline");

        assertThat(browser.postFromAnotherSite(draft.editPage(), form).statusCode())
                .isEqualTo(403);
        assertThat(location(browser.get(UNSAVED))).isEqualTo("/admin");
        assertThat(content.findVersion(draft.articleId(), "en")
                        .orElseThrow()
                        .working()
                        .title())
                .isEqualTo("Avalanche warning");
    }

    @Test
    void aPasswordIsNeverKeptTheUserSignsInAgainAndReturnsToThePageTheyWereOn() {
        Draft draft = draft();
        WebVisitor browser = new WebVisitor(port, "en");
        browser.login(draft.editor(), TestAccounts.PASSWORD);
        String profile = "/admin/profile";
        Map<String, String> form =
                new LinkedHashMap<>(fieldsOf(browser.get(profile).body(), "form#password-form"));
        form.put("currentPassword", TestAccounts.PASSWORD);
        form.put("newPassword", "a-new-password-for-the-pass");
        form.put("confirmPassword", "a-new-password-for-the-pass");
        sessions.end(draft.editor());

        String toLogin = location(browser.postFrom(profile, "/admin/profile/password", form));
        assertThat(toLogin).isEqualTo("/login?expired&return=%2Fadmin%2Fprofile");
        assertThat(Jsoup.parse(browser.get(toLogin).body())
                        .select("#session-ended")
                        .text())
                .isEqualTo(text("login.sessionEnded"));
        String returned = location(browser.submit(
                toLogin,
                "/login",
                Map.of("username", draft.editor(), "password", TestAccounts.PASSWORD, "return", profile)));
        assertThat(returned).isEqualTo(profile);
        assertThat(location(browser.get(UNSAVED))).isEqualTo("/admin");
    }

    @Test
    void aSignInFormFromASessionThatEndedAsksForTheSignInAgain() {
        Draft draft = draft();
        Map<String, String> form =
                fieldsOf(new WebVisitor(port, "en").get("/login").body(), "form");
        WebVisitor browser = new WebVisitor(port, "en");
        browser.get("/login");
        form.put("username", draft.editor());
        form.put("password", TestAccounts.PASSWORD);

        assertThat(location(browser.postFrom("/login", "/login", form))).isEqualTo("/login?expired");
        assertThat(location(browser.get("/admin"))).endsWith("/login");
    }

    @Test
    void aRefusedSignInKeepsTheUsernameAndThePageToReturnTo() {
        Draft draft = draft();
        WebVisitor browser = new WebVisitor(port, "en");
        String article = "/admin/articles/" + draft.articleId() + "/en";
        String loginPage = "/login?return=" + article;
        String failed = location(browser.submit(
                loginPage,
                "/login",
                Map.of("username", draft.editor(), "password", "not-the-password", "return", article)));
        assertThat(failed).isEqualTo("/login?error");

        Document again = Jsoup.parse(browser.get(failed).body());
        assertThat(again.select("#username").val()).isEqualTo(draft.editor());
        assertThat(again.select("#password").hasAttr("autofocus")).isTrue();
        assertThat(again.select("input[name=return]").val()).isEqualTo(article);
        assertThat(location(browser.submit(
                        failed,
                        "/login",
                        Map.of(
                                "username", again.select("#username").val(),
                                "password", TestAccounts.PASSWORD,
                                "return", again.select("input[name=return]").val()))))
                .isEqualTo(article);
    }
}
