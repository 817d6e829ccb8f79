package org.tilmash.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in that consults the {@link LoginThrottle} first and writes every outcome to the {@link SecurityLog}.
 * Only the account name is logged, never the password.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SecurityLog log;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle, SecurityLog log) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.log = log;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        if (throttle.isThrottled(username)) {
            log.record(SecurityEvent.Kind.LOGIN_THROTTLED, username, username, "");
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            log.record(SecurityEvent.Kind.LOGIN, username, username, "");
            return result;
        } catch (AuthenticationException failure) {
            log.record(
                    SecurityEvent.Kind.LOGIN_FAILED,
                    username,
                    username,
                    failure.getClass().getSimpleName());
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
