package org.tilmash.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tilmash.accounts.*}: sign-in throttling and the password policy. */
@ConfigurationProperties("tilmash.accounts")
public class AccountsProperties {

    /** Failed sign-ins for one account name within {@link #failureWindow} after which sign-in is refused. */
    private int maxFailedLogins = 5;

    /** How far back failed sign-ins count; the account can sign in again once they are older. */
    private Duration failureWindow = Duration.ofMinutes(15);

    /**
     * Wait after {@link #maxFailedLogins} failures of one account name, doubled with each further failure and never
     * longer than {@link #failureWindow}.
     */
    private Duration backoff = Duration.ofMinutes(1);

    /** Failed sign-ins from one client address, whatever the account names, after which it is refused. */
    private int maxFailedLoginsPerAddress = 20;

    /** Shortest password a user may choose. */
    private int minPasswordLength = 12;

    public int getMaxFailedLogins() {
        return maxFailedLogins;
    }

    public void setMaxFailedLogins(int maxFailedLogins) {
        this.maxFailedLogins = maxFailedLogins;
    }

    public Duration getFailureWindow() {
        return failureWindow;
    }

    public void setFailureWindow(Duration failureWindow) {
        this.failureWindow = failureWindow;
    }

    public Duration getBackoff() {
        return backoff;
    }

    public void setBackoff(Duration backoff) {
        this.backoff = backoff;
    }

    public int getMaxFailedLoginsPerAddress() {
        return maxFailedLoginsPerAddress;
    }

    public void setMaxFailedLoginsPerAddress(int maxFailedLoginsPerAddress) {
        this.maxFailedLoginsPerAddress = maxFailedLoginsPerAddress;
    }

    public int getMinPasswordLength() {
        return minPasswordLength;
    }

    public void setMinPasswordLength(int minPasswordLength) {
        this.minPasswordLength = minPasswordLength;
    }
}
