package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.ActiveProfiles;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.AccountView;
import org.tilmash.accounts.Role;
import org.tilmash.support.Browser;
import org.tilmash.support.Screenshots;
import org.tilmash.support.WebVisitor;

/**
 * The portal signs its members in on its own page, and Tilmash takes them as the portal describes them
 * ({@code tilmash.accounts.sign-in=host}): one sign-in for both, newsroom roles and languages from the portal's
 * groups, refused politely when the portal gives none.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "portal", "portal-sso"})
class HostAccountsInThePortalTest {

    private static final String ADMIN_PATH = "/portal/news-admin";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    InMemoryUserDetailsManager portalUsers;

    @Autowired
    PasswordEncoder portalPasswords;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEditorSignsInOnThePortalsPageOnceAndWorksInTheNewsroom() {
        WebVisitor editor = new WebVisitor(port, "en");
        HttpResponse<String> unsigned = editor.get(ADMIN_PATH);
        assertThat(unsigned.statusCode()).isEqualTo(302);
        assertThat(location(unsigned)).as("the portal's own sign-in page").endsWith("/portal/login");
        assertThat(location(editor.get("/portal/news-login")))
                .as("Tilmash's own sign-in page sends to the portal's")
                .endsWith("/portal/login");

        HttpResponse<String> signedIn = signIn(editor, PortalSingleSignOn.EDITOR);
        assertThat(location(signedIn)).as("back where the editor wanted to go").contains(ADMIN_PATH);

        Document dashboard = Jsoup.parse(editor.get(ADMIN_PATH).body());
        assertThat(dashboard.text()).contains("Aigerim Sadykova");
        assertThat(dashboard.select("#nav-sections"))
                .as("an editor manages sections")
                .isNotEmpty();
        assertThat(editor.get(ADMIN_PATH + "/users").statusCode())
                .as("an editor is not an administrator")
                .isEqualTo(403);
        assertThat(editor.get("/portal/members/notes").statusCode())
                .as("the same sign-in opens the portal's own pages")
                .isEqualTo(200);

        AccountView account = account(PortalSingleSignOn.EDITOR);
        assertThat(account.grants()).isEqualTo(Map.of(Role.EDITOR, java.util.Set.of()));
        assertThat(account.displayName()).isEqualTo("Aigerim Sadykova");

        Document profile = Jsoup.parse(editor.get(ADMIN_PATH + "/profile").body());
        assertThat(profile.select("#password-kept-by-host").text()).contains("changed there, not here");
        assertThat(profile.select("#password-form"))
                .as("no password of Tilmash's to change")
                .isEmpty();
    }

    @Test
    void aTranslatorsLanguagesComeFromThePortalsGroupsAndFollowThemAtTheNextSignIn() {
        WebVisitor translator = new WebVisitor(port, "en");
        signIn(translator, PortalSingleSignOn.TRANSLATOR);
        assertThat(translator.get(ADMIN_PATH).statusCode()).isEqualTo(200);
        assertThat(account(PortalSingleSignOn.TRANSLATOR).grants())
                .as("a language Tilmash does not publish in grants nothing")
                .isEqualTo(Map.of(Role.TRANSLATOR, java.util.Set.of("kk")));

        portalUsers.updateUser(PortalSingleSignOn.member(
                portalPasswords,
                PortalSingleSignOn.TRANSLATOR,
                "newsroom-translators",
                "newsroom-reviewers",
                "lang-ky"));
        WebVisitor nextDay = new WebVisitor(port, "en");
        signIn(nextDay, PortalSingleSignOn.TRANSLATOR);
        assertThat(nextDay.get(ADMIN_PATH).statusCode()).isEqualTo(200);
        assertThat(account(PortalSingleSignOn.TRANSLATOR).grants())
                .isEqualTo(Map.of(Role.TRANSLATOR, java.util.Set.of("ky"), Role.REVIEWER, java.util.Set.of("ky")));
        assertThat(jdbc.queryForList(
                        "select detail from tilmash_security_event where kind = 'ROLES_CHANGED' and subject = ?",
                        String.class,
                        PortalSingleSignOn.TRANSLATOR))
                .as("the change is in the security log")
                .containsExactly("TRANSLATOR [kk] → TRANSLATOR [ky], REVIEWER [ky]");
    }

    @Test
    void aPortalMemberWithoutANewsroomRoleIsRefusedInTheirLanguageAndStaysSignedInToThePortal() {
        WebVisitor member = new WebVisitor(port, "ru");
        signIn(member, PortalSingleSignOn.MEMBER);
        HttpResponse<String> refused = member.get(ADMIN_PATH);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).select("#no-newsroom-account").text())
                .isEqualTo("Вы вошли как cholpon, но у вашей учётной записи нет роли в редакции."
                        + " Её может выдать администратор этого сайта.");
        assertThat(accounts.exists(PortalSingleSignOn.MEMBER))
                .as("no account made for them")
                .isFalse();
        assertThat(member.get("/portal/members/notes").statusCode()).isEqualTo(200);
    }

    @Test
    void anAccountDisabledInTheNewsroomStaysDisabledWhateverThePortalSays() {
        WebVisitor admin = new WebVisitor(port, "en");
        signIn(admin, PortalSingleSignOn.ADMIN);
        Document users = Jsoup.parse(admin.get(ADMIN_PATH + "/users").body());
        assertThat(users.select("#accounts-from-host").text()).contains("Their roles and languages come from there");
        assertThat(users.select("#new-user"))
                .as("accounts are made by the portal")
                .isEmpty();

        WebVisitor editor = new WebVisitor(port, "en");
        signIn(editor, PortalSingleSignOn.LEAVING_EDITOR);
        assertThat(editor.get(ADMIN_PATH).statusCode()).isEqualTo(200);
        accounts.disable(account(PortalSingleSignOn.LEAVING_EDITOR).id(), PortalSingleSignOn.ADMIN);

        WebVisitor again = new WebVisitor(port, "en");
        signIn(again, PortalSingleSignOn.LEAVING_EDITOR);
        assertThat(again.get(ADMIN_PATH).statusCode()).isEqualTo(403);
    }

    @Test
    void signingOutOfTheNewsroomSignsOutOfThePortal() {
        WebVisitor editor = new WebVisitor(port, "en");
        signIn(editor, PortalSingleSignOn.EDITOR);
        Document dashboard = Jsoup.parse(editor.get(ADMIN_PATH).body());
        String logout = dashboard.select("form[action$=logout]").attr("action");
        assertThat(logout).isEqualTo("/portal/news-logout");

        HttpResponse<String> out = editor.submit(ADMIN_PATH, logout, Map.of());
        assertThat(location(out)).endsWith("/portal/");
        assertThat(editor.get("/portal/members/notes").statusCode()).isEqualTo(302);
        assertThat(location(editor.get(ADMIN_PATH))).endsWith("/portal/login");
    }

    @Test
    void inTheBrowserAMemberSignsInOnThePortalAndLandsInTheNewsroomOrIsToldWhyNot() {
        WebDriver browser = Browser.fresh("en");
        String origin = "http://localhost:" + port;
        PortalLoginPage.reachedFrom(browser, origin, ADMIN_PATH)
                .signIn(PortalSingleSignOn.EDITOR, PortalSingleSignOn.PASSWORD);
        assertThat(browser.getCurrentUrl()).contains(ADMIN_PATH);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Aigerim Sadykova");
        assertThat(Screenshots.shoot(browser, "portal-sso-dashboard", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "portal-sso-dashboard", 360)).isEmpty();

        browser.manage().deleteAllCookies();
        PortalLoginPage.reachedFrom(browser, origin, ADMIN_PATH)
                .signIn(PortalSingleSignOn.MEMBER, PortalSingleSignOn.PASSWORD);
        assertThat(browser.findElement(By.id("no-newsroom-account")).getText())
                .isEqualTo("You are signed in as cholpon, but your account has no role in the newsroom."
                        + " An administrator of this site can give you one.");
        assertThat(Screenshots.shoot(browser, "portal-sso-refused", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "portal-sso-refused", 360)).isEmpty();
    }

    private static HttpResponse<String> signIn(WebVisitor visitor, String username) {
        return visitor.submit(
                "/portal/login",
                "/portal/login",
                Map.of("username", username, "password", PortalSingleSignOn.PASSWORD));
    }

    private AccountView account(String username) {
        return accounts.all().stream()
                .filter(account -> account.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }
}
