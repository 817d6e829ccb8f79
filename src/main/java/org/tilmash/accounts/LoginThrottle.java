package org.tilmash.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Decides whether a sign-in attempt may have its password checked. The failures are the security log's own entries,
 * so the throttle holds across restarts and application instances, and lifts by itself once they age out of the
 * window. Refused attempts are not failures, so an attacker cannot keep the real user locked out forever.
 *
 * <p>Three limits: an account name, after too many failures from one client address, waits exponentially longer
 * between attempts from there (never longer than the window), while its owner elsewhere signs in as usual; one
 * address is refused after many failures across all names; and a signed-in administrator can lift an account's limit
 * at once, by unlocking it or by issuing it a new one-time password. The check, the password and the record
 * of the outcome run under one lock per account name and one per address, so thirty wrong passwords and the right
 * one sent at once are checked one after the other, not all against the same empty count.
 */
@Component
class LoginThrottle {

    private static final int STRIPES = 256;

    /** Longest an attempt waits for the attempts before it; a password check takes a fraction of this. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final SecurityEventRepository events;
    private final AccountsProperties properties;
    private final Clock clock;
    private final ReentrantLock[] locks =
            Stream.generate(ReentrantLock::new).limit(STRIPES).toArray(ReentrantLock[]::new);

    LoginThrottle(SecurityEventRepository events, AccountsProperties properties, Clock clock) {
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    boolean isThrottled(String username) {
        return isThrottled(username, null);
    }

    /**
     * Whether an attempt for {@code username} from {@code address} is refused. The failures counted for an account
     * are those from the same address, so a stranger who guesses wrong locks out only themselves; {@code null}
     * counts the failures from everywhere.
     */
    boolean isThrottled(String username, String address) {
        String subject = SecurityEvent.truncate(username, SecurityEvent.MAX_NAME);
        Instant now = clock.instant();
        Instant windowStart = now.minus(properties.getFailureWindow());
        if (address != null
                && events.countByKindAndAddressAndOccurredAtAfter(SecurityEvent.Kind.LOGIN_FAILED, address, windowStart)
                        >= properties.getMaxFailedLoginsPerAddress()) {
            return true;
        }
        Instant since = Stream.of(
                        Optional.of(windowStart),
                        events.latest(SecurityEvent.Kind.LOGIN, subject),
                        events.latest(SecurityEvent.Kind.LOGIN_UNLOCKED, subject),
                        // Failures with the password an administrator has since replaced say nothing about the new one.
                        events.latest(SecurityEvent.Kind.ONE_TIME_PASSWORD_ISSUED, subject))
                .flatMap(Optional::stream)
                .max(Instant::compareTo)
                .orElse(windowStart);
        long failures = events.countFailures(subject, address, since);
        if (failures < properties.getMaxFailedLogins()) {
            return false;
        }
        Instant lastFailure = events.latestFailure(subject, address).orElse(windowStart);
        return lastFailure.plus(backoff(failures)).isAfter(now);
    }

    /** The base wait at the limit, doubled for each failure beyond it, never longer than the window. */
    private Duration backoff(long failures) {
        long doublings = Math.min(30, failures - properties.getMaxFailedLogins());
        Duration wait = properties.getBackoff().multipliedBy(1L << doublings);
        return wait.compareTo(properties.getFailureWindow()) > 0 ? properties.getFailureWindow() : wait;
    }

    /**
     * Runs one sign-in attempt alone among the attempts for the same account name or from the same address. An
     * attempt that waits longer than {@link #MAX_WAIT} gets {@code busy} instead: a flood of attempts for one name
     * must not hold every request thread of the server.
     */
    <T> T serialized(String username, String address, Supplier<T> attempt, Supplier<T> busy) {
        int first = stripe(username);
        int second = stripe(address == null ? "" : address);
        // Always the lower stripe first, so two attempts never wait for each other's second lock.
        ReentrantLock a = locks[Math.min(first, second)];
        ReentrantLock b = locks[Math.max(first, second)];
        if (!acquire(a)) {
            return busy.get();
        }
        try {
            if (!acquire(b)) {
                return busy.get();
            }
            try {
                return attempt.get();
            } finally {
                b.unlock();
            }
        } finally {
            a.unlock();
        }
    }

    private static boolean acquire(ReentrantLock lock) {
        try {
            // Reentrant: when name and address fall on one stripe, the second acquire counts the hold twice.
            return lock.tryLock(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int stripe(String key) {
        return Math.floorMod(String.valueOf(key).hashCode(), STRIPES);
    }

    /** Minutes the user is told to wait: the whole window, a bound that holds whenever the failures happened. */
    long waitMinutes() {
        return Math.max(1, properties.getFailureWindow().toMinutes());
    }
}
