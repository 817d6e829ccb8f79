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

    public int getMinPasswordLength() {
        return minPasswordLength;
    }

    public void setMinPasswordLength(int minPasswordLength) {
        this.minPasswordLength = minPasswordLength;
    }
}
