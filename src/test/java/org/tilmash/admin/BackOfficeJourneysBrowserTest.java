package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;
import org.tilmash.media.ImageText;
import org.tilmash.support.Axe;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
import org.tilmash.support.Screenshots;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TestImages;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.admin.ArticlePage;
import org.tilmash.support.pages.admin.AuditPage;
import org.tilmash.support.pages.admin.LoginPage;
import org.tilmash.support.pages.admin.ProfilePage;
import org.tilmash.support.pages.admin.RevisionPage;
import org.tilmash.support.pages.admin.SourceReviewPage;
import org.tilmash.support.pages.admin.TranslatePage;
import org.tilmash.support.pages.admin.UserFormPage;
import org.tilmash.support.pages.admin.UsersPage;
import org.tilmash.workflow.ArticleSettings;

/**
 * The translator living in the side-by-side editor and the reviewer reading the translation beside its source; the
 * administrator going from the audit trail to a revision, and managing accounts. Each screen is shot at 1280 and 360
 * pixels.
 */
@TilmashTest
class BackOfficeJourneysBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    Gallery gallery;

    @Autowired
    AccountService accounts;

    @Autowired
    ArticleSettings settings;

    @Autowired
    MessageSource messages;

    private String base() {
        return "http://localhost:" + port;
    }

    private String person(String displayName, Map<Role, Set<String>> roles) {
        String username = TestAccounts.unique("person");
        accounts.create(username, TestAccounts.PASSWORD, displayName, roles);
        return username;
    }

    @Test
    void aTranslatorWorksSideBySideWithTheKeyboardAndTheReviewerReadsTheTranslationBesideTheSource() {
        String editor = person("Daniyar Editor", Map.of(Role.EDITOR, Set.of()));
        String reviewer = person("Saule Reviewer", Map.of(Role.REVIEWER, Set.of("en", "kk")));
        String translator = person("Aigerim Translator", Map.of(Role.TRANSLATOR, Set.of("kk")));
        Fixture.Article article = fixture.article("en")
                .by(editor)
                .reviewedBy(reviewer)
                .draft("en", Fixture.text("Bridge opens", "Traffic began.", "First paragraph."))
                .create();
        byte[] jpeg = TestImages.jpeg(1600, 900, Color.DARK_GRAY);
        Image bridge = gallery.upload(
                        article.id(), "bridge.jpg", jpeg.length, new ByteArrayResource(jpeg), editor, Optional.empty())
                .image()
                .orElseThrow();
        gallery.writeTexts(
                article.id(), bridge.id(), "en", new ImageText("A steel bridge", "Opening day", "City press office"));
        String img = "<p><img src=\"" + bridge.renditionFor(960).url() + "\" alt=\"A steel bridge\"></p>";
        fixture.publish(
                article.id(),
                "en",
                new ArticleText(
                        "Bridge opens",
                        "Traffic began at dawn.",
                        "<p>The bridge links both banks.</p>" + img + "<p>It took three years to build.</p>"),
                editor,
                reviewer);
        String path = "/admin/articles/" + article.id() + "/kk";
        WebDriver browser = Browser.fresh("en");
        LoginPage.open(browser, base()).loginAs(translator, TestAccounts.PASSWORD);

        TranslatePage editorPage = TranslatePage.open(browser, base(), path);
        List<Integer> widths = editorPage.columnWidths();
        assertThat(Math.abs(widths.get(0) - widths.get(1)))
                .as("equal columns " + widths)
                .isLessThanOrEqualTo(2);
        assertThat(widths.get(1)).as("a column a translator can work in").isGreaterThan(500);
        assertThat(editorPage.progress()).isEqualTo("0 of 5 segments done");
        assertThat(editorPage.carriedNotes()).singleElement().asString().contains("in Kazakh");
        assertThat(editorPage.imageTexts(0)).containsExactly("", "", "City press office");

        editorPage.focus(0).typeHere("Көпір ашылды");
        assertThat(editorPage.progress()).isEqualTo("1 of 5 segments done");
        editorPage.press(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
        assertThat(editorPage.focusedId()).isEqualTo("segment-1");
        editorPage.typeHere("Қозғалыс таңертең басталды.").press(Keys.chord(Keys.CONTROL, Keys.ENTER));
        assertThat(editorPage.focusedId()).isEqualTo("segment-2");
        editorPage.typeHere("Көпір екі жағалауды байланыстырады.").press(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
        assertThat(editorPage.focusedId())
                .as("the image is carried over: the keyboard goes on to the next paragraph")
                .isEqualTo("segment-4");
        editorPage.press(Keys.chord(Keys.ALT, Keys.ARROW_UP));
        assertThat(editorPage.focusedId()).isEqualTo("segment-2");
        editorPage.press(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
        int before = editorPage.fieldHeight(4);
        editorPage.typeHere("Оны салуға үш жыл кетті. ".repeat(12));
        assertThat(editorPage.fieldHeight(4))
                .as("the field grows with its text")
                .isGreaterThan(before);
        editorPage.imageAlt(0, "Болат көпір");
        assertThat(editorPage.progress()).isEqualTo("5 of 5 segments done");
        assertThat(Axe.violations(browser)).as("the side-by-side editor").isEqualTo("[]");
        assertThat(Screenshots.shoot(browser, "translator-side-by-side", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "translator-side-by-side", 360)).isEmpty();

        ArticlePage saved = editorPage.save();
        assertThat(saved.title()).isEqualTo("Көпір ашылды");
        saved.submit();
        assertThat(Screenshots.shoot(browser, "translator-saved-translation", 360))
                .isEmpty();

        browser.manage().deleteAllCookies();
        LoginPage.open(browser, base()).loginAs(reviewer, TestAccounts.PASSWORD);
        SourceReviewPage review = ArticlePage.open(browser, base(), path).compareWithSource();
        assertThat(review.sourceTexts()).contains("Bridge opens", "The bridge links both banks.");
        assertThat(review.translatedTexts()).contains("Көпір ашылды", "Көпір екі жағалауды байланыстырады.");
        assertThat(Axe.violations(browser))
                .as("the translation beside its source")
                .isEqualTo("[]");
        assertThat(Screenshots.shoot(browser, "reviewer-source-beside-translation", 1280))
                .isEmpty();
        assertThat(Screenshots.shoot(browser, "reviewer-source-beside-translation", 360))
                .isEmpty();
    }

    @Test
    void anAdministratorGoesFromTheAuditTrailToAReadOnlyRevision() {
        String editor = person("Aigerim Sadykova", Map.of(Role.EDITOR, Set.of()));
        String title = "Water summit " + TestAccounts.unique("t");
        Fixture.Article article = fixture.article("en")
                .by(editor)
                .draft("en", Fixture.text(title, "Ministers met.", "The summit opened in Almaty."))
                .create();
        fixture.saveDraft(
                article.id(),
                "en",
                Fixture.text(title + ", day two", "Ministers met again.", "Talks went on."),
                editor);
        SignedIn.run(editor, () -> settings.changeDateline(article.id(), Instant.parse("2021-12-27T06:30:00Z")));
        String admin = person("Nurlan Abenov", Map.of(Role.ADMIN, Set.of()));
        WebDriver browser = Browser.fresh("en");
        LoginPage.open(browser, base()).loginAs(admin, TestAccounts.PASSWORD);

        AuditPage audit = AuditPage.open(browser, base()).byPerson("Aigerim Sadykova");
        List<String> newest = audit.rows().getFirst();
        assertThat(newest.get(1)).isEqualTo("Aigerim Sadykova");
        assertThat(newest.get(2))
                .contains(title + ", day two")
                .contains("English")
                .contains("Revision 2");
        assertThat(audit.links(0))
                .as("only what the administrator may open is a link")
                .containsExactly("Revision 2");
        assertThat(newest.get(3)).startsWith("changed the article date");
        assertThat(newest.get(4))
                .as("the new date in Almaty's time, as the administrator reads dates")
                .isEqualTo("new date: 27 December 2021 at 12:30");
        assertThat(Axe.violations(browser)).as("the audit trail").isEqualTo("[]");
        assertThat(Screenshots.shoot(browser, "admin-audit", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "admin-audit", 360)).isEmpty();

        RevisionPage revision = audit.openRevision(audit.rows().size() - 1);
        assertThat(revision.title()).isEqualTo(title);
        assertThat(revision.readOnlyNote()).isEqualTo("Revision 1 of 2 in English, read-only.");
        assertThat(revision.author()).isEqualTo("Aigerim Sadykova");
        assertThat(revision.hasForms()).isFalse();
        assertThat(Axe.violations(browser)).as("a revision, read-only").isEqualTo("[]");
        assertThat(Screenshots.shoot(browser, "admin-revision", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "admin-revision", 360)).isEmpty();
    }

    @Test
    void anAdministratorManagesAccountsAndIsToldWhatToCorrect() {
        String admin = person("Gulnara Admin", Map.of(Role.ADMIN, Set.of()));
        String reviewer = person("Sabina Reviewer", Map.of(Role.REVIEWER, Set.of("az", "en")));
        String editor = person("Forgetful Editor", Map.of(Role.EDITOR, Set.of()));
        WebDriver browser = Browser.fresh("en");
        LoginPage.open(browser, base()).loginAs(admin, TestAccounts.PASSWORD);

        UsersPage users = UsersPage.open(browser, base());
        assertThat(users.rolesOf(reviewer)).isEqualTo("Reviewer (Azerbaijani, English)");
        assertThat(Screenshots.shoot(browser, "admin-users", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "admin-users", 360)).isEmpty();

        String newcomer = TestAccounts.unique("newcomer");
        UserFormPage refused = users.newUser()
                .fillIn(newcomer, "Newcomer")
                .tick("roles", "TRANSLATOR", true)
                .save();
        assertThat(refused.fieldError("translatorLanguages"))
                .isEqualTo(english("users.error.translatorLanguageRequired"));
        assertThat(refused.value("username")).isEqualTo(newcomer);
        assertThat(refused.value("displayName")).isEqualTo("Newcomer");
        assertThat(refused.isTicked("roles", "TRANSLATOR")).isTrue();
        assertThat(Axe.violations(browser)).as("a refused account form").isEqualTo("[]");
        assertThat(Screenshots.shoot(browser, "admin-user-refused", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "admin-user-refused", 360)).isEmpty();

        UserFormPage own = UsersPage.open(browser, base())
                .openUser(admin)
                .tick("roles", "ADMIN", false)
                .tick("roles", "EDITOR", true)
                .save();
        assertThat(own.fieldError("roles")).isEqualTo(english("users.error.ownAdministratorRole"));
        assertThat(own.isTicked("roles", "ADMIN")).as("the form as sent").isFalse();
        assertThat(own.isTicked("roles", "EDITOR")).isTrue();
        assertThat(Screenshots.shoot(browser, "admin-user-own-role", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "admin-user-own-role", 360)).isEmpty();

        UserFormPage account =
                UsersPage.open(browser, base()).openUser(editor).disable().enable();
        assertThat(account.notice()).isEqualTo(english("users.enabledNotice"));
        account.issueOneTimePassword();
        assertThat(account.oneTimePassword()).isNotBlank();
        assertThat(Axe.violations(browser)).as("a new one-time password").isEqualTo("[]");
        assertThat(Screenshots.shoot(browser, "admin-user-one-time-password", 1280))
                .isEmpty();
        assertThat(Screenshots.shoot(browser, "admin-user-one-time-password", 360))
                .isEmpty();

        // Passes the browser's own check of an address, not the server's: it has no domain with a dot.
        ProfilePage profile = ProfilePage.open(browser, base()).changeEmail("gulnara@newsroom");
        assertThat(profile.emailError()).isEqualTo(english("profile.email.invalid"));
        assertThat(profile.email()).as("kept as typed").isEqualTo("gulnara@newsroom");
        assertThat(Screenshots.shoot(browser, "admin-profile-email-refused", 1280))
                .isEmpty();
        assertThat(Screenshots.shoot(browser, "admin-profile-email-refused", 360))
                .isEmpty();
    }

    private String english(String key) {
        return messages.getMessage(key, null, java.util.Locale.ENGLISH);
    }
}
