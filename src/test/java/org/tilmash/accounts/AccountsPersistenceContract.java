package org.tilmash.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tilmash.support.TestAccounts;

/** Accounts and the security log behave the same on every supported database; one subclass per database. */
abstract class AccountsPersistenceContract {

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityEventRepository events;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    AccountsProperties properties;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    java.time.Clock clock;

    @Test
    void rolesAndLanguageScopesAreReplacedAndReadBackExactly() {
        AccountView user = accounts.create(
                TestAccounts.unique("persisted"),
                TestAccounts.PASSWORD,
                "Persisted",
                Map.of(Role.TRANSLATOR, Set.of("kk", "ky"), Role.REVIEWER, Set.of("kk")));

        accounts.changeRoles(
                user.id(), "Renamed", Map.of(Role.EDITOR, Set.of(), Role.REVIEWER, Set.of("uz", "tg")), "test");

        AccountView stored = accounts.find(user.id()).orElseThrow();
        assertThat(stored.displayName()).isEqualTo("Renamed");
        assertThat(stored.grants()).isEqualTo(Map.of(Role.EDITOR, Set.of(), Role.REVIEWER, Set.of("tg", "uz")));
        assertThat(stored.passwordChangeRequired()).isFalse();
    }

    @Test
    void onlyRecentFailuresSinceTheLastSuccessfulSignInCountTowardsTheThrottle() {
        String name = TestAccounts.unique("throttled");
        Instant now = clock.instant();
        Duration window = properties.getFailureWindow();
        int limit = properties.getMaxFailedLogins();
        for (int i = 0; i < limit; i++) {
            events.save(new SecurityEvent(
                    now.minus(window).minusSeconds(60 + i), SecurityEvent.Kind.LOGIN_FAILED, name, name, ""));
        }
        assertThat(throttle.isThrottled(name))
                .as("failures older than the window")
                .isFalse();

        for (int i = 0; i < limit - 1; i++) {
            events.save(new SecurityEvent(now.minusSeconds(30), SecurityEvent.Kind.LOGIN_FAILED, name, name, ""));
        }
        assertThat(throttle.isThrottled(name))
                .as("one failure short of the limit")
                .isFalse();

        events.save(new SecurityEvent(now.minusSeconds(20), SecurityEvent.Kind.LOGIN_FAILED, name, name, ""));
        assertThat(throttle.isThrottled(name)).as("at the limit").isTrue();

        events.save(new SecurityEvent(now.minusSeconds(10), SecurityEvent.Kind.LOGIN, name, name, ""));
        assertThat(throttle.isThrottled(name)).as("after a successful sign-in").isFalse();
    }

    @Test
    void pastTheLimitEachFurtherFailureDoublesTheWaitFromTheLastOne() {
        String name = TestAccounts.unique("backoff");
        String address = "198.51.100.7";
        Instant now = clock.instant();
        int limit = properties.getMaxFailedLogins();
        Duration base = properties.getBackoff();
        Instant lastFailure = now.minus(base).minusSeconds(5);
        for (int i = 0; i < limit; i++) {
            events.save(new SecurityEvent(lastFailure, SecurityEvent.Kind.LOGIN_FAILED, name, address));
        }
        assertThat(throttle.isThrottled(name, address))
                .as("at the limit, one base wait has passed")
                .isFalse();

        events.save(new SecurityEvent(lastFailure, SecurityEvent.Kind.LOGIN_FAILED, name, address));
        assertThat(throttle.isThrottled(name, address))
                .as("one failure more: twice the wait")
                .isTrue();
        assertThat(throttle.isThrottled(name, "198.51.100.8"))
                .as("from another address")
                .isFalse();

        events.save(new SecurityEvent(now, SecurityEvent.Kind.LOGIN_UNLOCKED, "admin", name, ""));
        assertThat(throttle.isThrottled(name, address))
                .as("after an administrator unlocked it")
                .isFalse();
    }

    @Test
    void theLogListsNewestFirstAndKeepsLongAttemptedNamesWithinItsColumns() {
        // Other test contexts share the database, each with its own clock: this entry is found by its name, not
        // assumed to be the newest of all.
        String longName = TestAccounts.unique("long") + "x".repeat(500);
        securityLog.record(SecurityEvent.Kind.LOGIN_FAILED, longName, longName, "д".repeat(2000));
        SecurityLogEntry recorded = securityLog.latest(1000).stream()
                .filter(entry -> longName.startsWith(entry.subject()))
                .findFirst()
                .orElseThrow();
        assertThat(recorded.subject()).hasSize(SecurityEvent.MAX_NAME);
        assertThat(recorded.detail()).startsWith("ддд");
        assertThat(securityLog.latest(10))
                .extracting(SecurityLogEntry::occurredAt)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }
}
