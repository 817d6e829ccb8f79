package org.tilmash.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.WebVisitor;

/** Sign-in and sign-out over real HTTP: sessions, CSRF, throttling and what reaches the log. */
@TilmashTest
@ExtendWith(OutputCaptureExtension.class)
class LoginTest {

    private static final String SESSION = "JSESSIONID";

    @LocalServerPort
    int port;

    @Autowired
    java.time.Clock clock;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountsProperties properties;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignedInSessions sessions;

    private String newEditor() {
        String username = TestAccounts.unique("login");
        accounts.create(username, TestAccounts.PASSWORD, "Login Test", Map.of(Role.EDITOR, Set.of()));
        return username;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    @Test
    void theLoginPageSpeaksTheBrowsersLanguage() {
        HttpResponse<String> page = new WebVisitor(port, "ky-KG,ky").get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"ky\"").contains(text("login.title", Locale.forLanguageTag("ky")));
    }

    @Test
    void signingInRenewsTheSessionIdAndSigningOutEndsTheSessionOnTheServer(CapturedOutput output) {
        String username = newEditor();
        WebVisitor browser = new WebVisitor(port, "en");
        browser.get("/login");
        String before = browser.cookie(SESSION);

        HttpResponse<String> login = browser.login(username, TestAccounts.PASSWORD);
        String during = browser.cookie(SESSION);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/admin"));
        assertThat(before).isNotNull();
        assertThat(during).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/admin").statusCode()).isEqualTo(200);

        assertThat(sessions.of(username)).hasSize(1);
        HttpResponse<String> logout = browser.submit("/admin", "/logout", Map.of());
        assertThat(sessions.of(username)).as("forgotten once ended").isEmpty();
        assertThat(logout.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));

        WebVisitor thief = new WebVisitor(port, "en");
        thief.setCookie(SESSION, during);
        HttpResponse<String> replay = thief.get("/admin");
        assertThat(replay.statusCode()).isEqualTo(302);
        assertThat(replay.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

        assertThat(output.getAll()).doesNotContain(TestAccounts.PASSWORD).doesNotContain(before, during);
    }

    @Test
    void aLoginFormWithoutCsrfTokenIsRefused() {
        String username = newEditor();
        WebVisitor browser = new WebVisitor(port, "en");
        HttpResponse<String> forged =
                browser.post("/login", Map.of("username", username, "password", TestAccounts.PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutNeedsAPostSoALinkCannotSignSomeoneOut() {
        String username = newEditor();
        WebVisitor browser = new WebVisitor(port, "en");
        browser.login(username, TestAccounts.PASSWORD);
        browser.get("/logout");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void afterTooManyFailuresEvenTheRightPasswordIsRefusedWithAClearMessageUntilTheWindowHasPassed(
            CapturedOutput output) {
        String username = newEditor();
        WebVisitor browser = new WebVisitor(port, "ru-RU,ru");
        for (int attempt = 0; attempt < properties.getMaxFailedLogins(); attempt++) {
            HttpResponse<String> failed = browser.login(username, "wrong-password-" + attempt);
            assertThat(failed.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        }

        HttpResponse<String> refused = browser.login(username, TestAccounts.PASSWORD);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?locked"));
        String page = browser.get("/login?locked").body();
        long minutes = properties.getFailureWindow().toMinutes();
        assertThat(page).contains(text("login.locked", Locale.forLanguageTag("ru"), Map.of("minutes", minutes)));
        assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
        assertThat(securityLog.latest(properties.getMaxFailedLogins() + 1))
                .extracting(SecurityLogEntry::kind, SecurityLogEntry::subject)
                .containsOnly(
                        tuple(SecurityEvent.Kind.LOGIN_FAILED.name(), username),
                        tuple(SecurityEvent.Kind.LOGIN_THROTTLED.name(), username));

        // The window passes: move the recorded failures back in time instead of waiting.
        Instant outsideWindow =
                clock.instant().minus(properties.getFailureWindow()).minus(Duration.ofMinutes(1));
        jdbc.update(
                "update tilmash_security_event set occurred_at = ? where subject = ?",
                OffsetDateTime.ofInstant(outsideWindow, ZoneOffset.UTC),
                username);
        HttpResponse<String> later = browser.login(username, TestAccounts.PASSWORD);
        assertThat(later.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("/admin"));
        assertThat(browser.get("/admin").statusCode()).isEqualTo(200);

        assertThat(securityLog.latest(1))
                .extracting(SecurityLogEntry::kind, SecurityLogEntry::subject)
                .containsExactly(tuple(SecurityEvent.Kind.LOGIN.name(), username));
        assertThat(output.getAll()).doesNotContain(TestAccounts.PASSWORD, "wrong-password-0");
    }

    @Test
    void failuresOfOneAccountDoNotLockAnother() {
        String victim = newEditor();
        String bystander = newEditor();
        WebVisitor browser = new WebVisitor(port, "en");
        for (int attempt = 0; attempt < properties.getMaxFailedLogins(); attempt++) {
            browser.login(victim, "wrong-password");
        }
        HttpResponse<String> login = browser.login(bystander, TestAccounts.PASSWORD);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/admin"));
    }
}
