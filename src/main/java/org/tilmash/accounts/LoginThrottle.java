package org.tilmash.accounts;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-in for an account name after too many recent failures. The failures are the security log's own
 * entries, so the throttle holds across restarts and application instances, and lifts by itself once they age out
 * of the window. Refused attempts are not failures, so an attacker cannot keep the real user locked out forever.
 */
@Component
class LoginThrottle {

    private final SecurityEventRepository events;
    private final AccountsProperties properties;
    private final Clock clock;

    LoginThrottle(SecurityEventRepository events, AccountsProperties properties, Clock clock) {
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    boolean isThrottled(String username) {
        String subject = SecurityEvent.truncate(username, SecurityEvent.MAX_NAME);
        Instant windowStart = clock.instant().minus(properties.getFailureWindow());
        Instant since = events.latest(SecurityEvent.Kind.LOGIN, subject)
                .filter(lastLogin -> lastLogin.isAfter(windowStart))
                .orElse(windowStart);
        long failures = events.countByKindAndSubjectAndOccurredAtAfter(SecurityEvent.Kind.LOGIN_FAILED, subject, since);
        return failures >= properties.getMaxFailedLogins();
    }

    /** Minutes the user is told to wait: the whole window, a bound that holds whenever the failures happened. */
    long waitMinutes() {
        return Math.max(1, properties.getFailureWindow().toMinutes());
    }
}
