package org.tilmash.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in that consults the {@link LoginThrottle} first and writes every outcome to the {@link SecurityLog}.
 * Only the account name is logged, never the password; a name that matches no account is not logged either, since
 * people type their password into the name box, and every administrator reads the log.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SecurityLog log;
    private final UserAccountRepository accounts;

    ThrottledAuthenticationProvider(
            DaoAuthenticationProvider passwords,
            LoginThrottle throttle,
            SecurityLog log,
            UserAccountRepository accounts) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.log = log;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        return throttle.serialized(username, address, () -> check(attempt, username, address), () -> {
            throw new LoginThrottledException();
        });
    }

    private Authentication check(Authentication attempt, String username, String address) {
        // Failures of unknown names still count for the address, which is what limits guessing names.
        String recorded =
                username != null && accounts.existsByUsername(username) ? username : SecurityEvent.UNKNOWN_ACCOUNT;
        if (throttle.isThrottled(username, address)) {
            log.recordAttempt(SecurityEvent.Kind.LOGIN_THROTTLED, recorded, address);
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            log.recordAttempt(SecurityEvent.Kind.LOGIN, username, address);
            return result;
        } catch (AuthenticationException failure) {
            log.recordAttempt(SecurityEvent.Kind.LOGIN_FAILED, recorded, address);
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Sign-in refused because of earlier failures; the login page says so and how long to wait. */
    static class LoginThrottledException extends AuthenticationException {

        LoginThrottledException() {
            super("Too many failed sign-ins");
        }
    }
}
