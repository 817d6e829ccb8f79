package org.tilmash.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.WebVisitor;

/** What administrators do to accounts takes effect on the very next request of the people concerned. */
@TilmashTest
class AccountLifecycleTest {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("id=\"one-time-password\">([^<]+)<");

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    MessageSource messages;

    @Autowired
    SignedInSessions sessions;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private AccountView create(String prefix, Map<Role, Set<String>> roles) {
        return accounts.create(TestAccounts.unique(prefix), TestAccounts.PASSWORD, prefix, roles);
    }

    private WebVisitor signedIn(AccountView user, String acceptLanguage) {
        WebVisitor browser = new WebVisitor(port, acceptLanguage);
        browser.login(user.username(), TestAccounts.PASSWORD);
        return browser;
    }

    private Long articleWithKazakhVersion() {
        return fixture.article("ru")
                .draft("ru", Fixture.text("Оригинал", ""))
                .draft("kk", Fixture.text("Аударма", "", "Мәтін"))
                .create()
                .id();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void disablingAUserEndsTheirSessionsOnTheServerAtOnceAndTheyCannotSignInAgain() {
        AccountView admin = create("admin", Map.of(Role.ADMIN, Set.of()));
        AccountView translator = create("leaving", Map.of(Role.TRANSLATOR, Set.of("kk")));
        WebVisitor session = signedIn(translator, "en");
        signedIn(translator, "ru");
        assertThat(session.get("/admin").statusCode()).isEqualTo(200);
        Set<String> open = sessions.of(translator.username());
        assertThat(open).hasSize(2);

        accounts.disable(translator.id(), admin.username());

        assertThat(jdbc.queryForObject(
                        "select count(*) from tilmash_session where session_id in (?, ?)", Long.class, open.toArray()))
                .as("both sessions deleted from the shared store")
                .isZero();
        assertThat(sessions.of(translator.username())).isEmpty();

        HttpResponse<String> next = session.get("/admin");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).endsWith("/login");
        assertThat(location(session.login(translator.username(), TestAccounts.PASSWORD)))
                .endsWith("/login?error");
        assertThat(securityLog.latest(50))
                .anySatisfy(event -> assertThat(event)
                        .extracting(SecurityLogEntry::kind, SecurityLogEntry::actor, SecurityLogEntry::subject)
                        .containsExactly(
                                SecurityEvent.Kind.ACCOUNT_DISABLED.name(), admin.username(), translator.username()));
    }

    @Test
    void aRemovedLanguageIsRefusedOnTheNextRequestAndTheChangeIsLogged() {
        AccountView admin = create("admin", Map.of(Role.ADMIN, Set.of()));
        AccountView translator = create("scoped", Map.of(Role.TRANSLATOR, Set.of("kk", "ky")));
        Long articleId = articleWithKazakhVersion();
        WebVisitor session = signedIn(translator, "en");
        String editPath = "/admin/articles/" + articleId + "/kk/edit";
        assertThat(session.get(editPath).statusCode()).isEqualTo(200);

        accounts.changeRoles(translator.id(), "Scoped", Map.of(Role.TRANSLATOR, Set.of("ky")), admin.username());

        assertThat(session.get(editPath).statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/articles/" + articleId + "/ky/edit").statusCode())
                .isEqualTo(200);
        assertThat(securityLog.latest(50)).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEvent.Kind.ROLES_CHANGED.name());
            assertThat(event.actor()).isEqualTo(admin.username());
            assertThat(event.subject()).isEqualTo(translator.username());
            assertThat(event.detail()).isEqualTo("TRANSLATOR [kk, ky] → TRANSLATOR [ky]");
        });
    }

    @Test
    void anAdminCreatesAnAccountWhoseOneTimePasswordIsShownOnceAndMustBeReplaced() {
        AccountView admin = create("admin", Map.of(Role.ADMIN, Set.of()));
        WebVisitor adminBrowser = signedIn(admin, "en");
        String username = TestAccounts.unique("invited");
        String displayName = TestAccounts.unique("Invited");
        HttpResponse<String> created = adminBrowser.submit(
                "/admin/users/new",
                "/admin/users",
                Map.of("username", username, "displayName", displayName, "roles", "EDITOR"));
        assertThat(created.statusCode()).isEqualTo(302);
        String userPage = location(created).replaceFirst("^https?://[^/]+", "");

        Matcher shown = ONE_TIME_PASSWORD.matcher(adminBrowser.get(userPage).body());
        assertThat(shown.find())
                .as("one-time password on the page after creation")
                .isTrue();
        String oneTimePassword = shown.group(1);
        assertThat(adminBrowser.get(userPage).body()).doesNotContain(oneTimePassword);
        assertThat(adminBrowser.get("/admin/security-log").body())
                .as("the security log names the new account by its display name")
                .contains(displayName)
                .doesNotContain(oneTimePassword);

        WebVisitor newcomer = new WebVisitor(port, "ru");
        newcomer.login(username, oneTimePassword);
        HttpResponse<String> dashboard = newcomer.get("/admin");
        assertThat(location(dashboard)).endsWith("/admin/profile");
        Locale russian = Locale.forLanguageTag("ru");
        assertThat(newcomer.get("/admin/profile").body())
                .contains(messages.getMessage("profile.password.required", null, russian));

        HttpResponse<String> tooShort = newcomer.submit(
                "/admin/profile",
                "/admin/profile/password",
                Map.of("currentPassword", oneTimePassword, "newPassword", "short", "confirmPassword", "short"));
        assertThat(tooShort.body())
                .contains(messages.getMessage("profile.password.tooShort", new Object[] {Map.of("min", 12)}, russian));

        HttpResponse<String> kept = newcomer.submit(
                "/admin/profile",
                "/admin/profile/password",
                Map.of(
                        "currentPassword", oneTimePassword,
                        "newPassword", oneTimePassword,
                        "confirmPassword", oneTimePassword));
        assertThat(kept.body())
                .as("the one-time password, which the administrator knows, cannot become the user's own")
                .contains(messages.getMessage("profile.password.sameAsCurrent", null, russian));
        assertThat(location(newcomer.get("/admin"))).endsWith("/admin/profile");

        String chosen = "my-own-long-password";
        newcomer.submit(
                "/admin/profile",
                "/admin/profile/password",
                Map.of("currentPassword", oneTimePassword, "newPassword", chosen, "confirmPassword", chosen));
        assertThat(newcomer.get("/admin").statusCode()).isEqualTo(200);
        assertThat(location(new WebVisitor(port, "en").login(username, oneTimePassword)))
                .endsWith("/login?error");
        assertThat(location(new WebVisitor(port, "en").login(username, chosen))).endsWith("/admin");
    }

    @Test
    void aDisabledAccountCanBeEnabledAgainAndSignsInWithItsOwnPassword() {
        AccountView admin = create("admin", Map.of(Role.ADMIN, Set.of()));
        AccountView editor = create("returning", Map.of(Role.EDITOR, Set.of()));
        WebVisitor adminBrowser = signedIn(admin, "en");
        String userPage = "/admin/users/" + editor.id();
        adminBrowser.submit(userPage, userPage + "/disable", Map.of());
        assertThat(location(new WebVisitor(port, "en").login(editor.username(), TestAccounts.PASSWORD)))
                .endsWith("/login?error");

        assertThat(adminBrowser.get(userPage).body()).contains("id=\"enable-user\"");
        HttpResponse<String> enabled = adminBrowser.submit(userPage, userPage + "/enable", Map.of());
        assertThat(location(enabled)).endsWith(userPage);

        String page = adminBrowser.get(userPage).body();
        assertThat(page)
                .contains(messages.getMessage("users.enabledNotice", null, Locale.ENGLISH))
                .contains("id=\"disable-user\"")
                .doesNotContain("id=\"enable-user\"");
        assertThat(location(new WebVisitor(port, "en").login(editor.username(), TestAccounts.PASSWORD)))
                .endsWith("/admin");
        assertThat(securityLog.latest(50))
                .anySatisfy(event -> assertThat(event)
                        .extracting(SecurityLogEntry::kind, SecurityLogEntry::actor, SecurityLogEntry::subject)
                        .containsExactly(
                                SecurityEvent.Kind.ACCOUNT_ENABLED.name(), admin.username(), editor.username()));
    }

    @Test
    void someoneWhoForgotTheirPasswordGetsANewOneTimePasswordAndTheOldSessionsEnd() {
        AccountView admin = create("admin", Map.of(Role.ADMIN, Set.of()));
        AccountView editor = create("forgetful", Map.of(Role.EDITOR, Set.of()));
        WebVisitor oldSession = signedIn(editor, "en");
        assertThat(oldSession.get("/admin").statusCode()).isEqualTo(200);
        WebVisitor adminBrowser = signedIn(admin, "en");
        String userPage = "/admin/users/" + editor.id();

        HttpResponse<String> issued = adminBrowser.submit(userPage, userPage + "/one-time-password", Map.of());
        assertThat(location(issued)).endsWith(userPage);
        String shownOnce = adminBrowser.get(userPage).body();
        Matcher shown = ONE_TIME_PASSWORD.matcher(shownOnce);
        assertThat(shown.find())
                .as("the new one-time password on the user's page")
                .isTrue();
        String oneTimePassword = shown.group(1);
        assertThat(shownOnce).contains(messages.getMessage("users.oneTimePassword.reissued", null, Locale.ENGLISH));
        assertThat(adminBrowser.get(userPage).body()).doesNotContain(oneTimePassword);

        assertThat(location(oldSession.get("/admin")))
                .as("the old session has ended")
                .endsWith("/login");
        assertThat(location(new WebVisitor(port, "en").login(editor.username(), TestAccounts.PASSWORD)))
                .as("the forgotten password no longer works")
                .endsWith("/login?error");
        WebVisitor again = new WebVisitor(port, "en");
        again.login(editor.username(), oneTimePassword);
        assertThat(location(again.get("/admin")))
                .as("asked to choose their own password")
                .endsWith("/admin/profile");
        assertThat(securityLog.latest(50))
                .anySatisfy(event -> assertThat(event)
                        .extracting(SecurityLogEntry::kind, SecurityLogEntry::actor, SecurityLogEntry::subject)
                        .containsExactly(
                                SecurityEvent.Kind.ONE_TIME_PASSWORD_ISSUED.name(),
                                admin.username(),
                                editor.username()))
                .noneSatisfy(event -> assertThat(event.detail()).contains(oneTimePassword));
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        AccountView editor = create("editor", Map.of(Role.EDITOR, Set.of()));
        WebVisitor session = signedIn(editor, "en");
        HttpResponse<String> refused = session.submit(
                "/admin/profile",
                "/admin/profile/password",
                Map.of(
                        "currentPassword",
                        "not-the-password",
                        "newPassword",
                        "another-long-password",
                        "confirmPassword",
                        "another-long-password"));
        assertThat(refused.body()).contains(messages.getMessage("profile.password.wrongCurrent", null, Locale.ENGLISH));
        assertThat(location(new WebVisitor(port, "en").login(editor.username(), TestAccounts.PASSWORD)))
                .endsWith("/admin");
    }

    @Test
    void theBackOfficeSpeaksTheUsersChosenLanguageWhileThePublicSiteFollowsItsPath() {
        AccountView reviewer = create("reviewer", Map.of(Role.REVIEWER, Set.of("tg")));
        WebVisitor session = signedIn(reviewer, "en-US,en");
        session.submit("/admin/profile", "/admin/profile/language", Map.of("language", "tg"));

        String dashboard = session.get("/admin").body();
        assertThat(dashboard)
                .contains("lang=\"tg\"")
                .contains(messages.getMessage("account.work.title", null, Locale.forLanguageTag("tg")));
        assertThat(session.get("/en/").body()).contains("lang=\"en\"");
    }
}
