package org.tilmash.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tilmash.accounts.*}: who signs users in, sign-in throttling and the password policy. */
@ConfigurationProperties("tilmash.accounts")
public class AccountsProperties {

    /** Who signs the back office's users in. */
    public enum SignIn {
        /** Tilmash's own accounts and sign-in page. */
        TILMASH,
        /** The host application's signed-in users, mapped to newsroom accounts by its {@link HostAccounts} bean. */
        HOST
    }

    private SignIn signIn = SignIn.TILMASH;

    /** With {@code sign-in: host}, the host's sign-in page (within its servlet context) that users are sent to. */
    private String hostLoginPath = "/login";

    /** With {@code sign-in: host}, where users land after signing out of the back office (which ends the session). */
    private String hostLogoutSuccessPath = "/";

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

    public SignIn getSignIn() {
        return signIn;
    }

    public void setSignIn(SignIn signIn) {
        this.signIn = signIn;
    }

    /** True when the host application signs users in, so Tilmash keeps no passwords. */
    public boolean isHostSignIn() {
        return signIn == SignIn.HOST;
    }

    public String getHostLoginPath() {
        return hostLoginPath;
    }

    public void setHostLoginPath(String hostLoginPath) {
        this.hostLoginPath = hostLoginPath;
    }

    public String getHostLogoutSuccessPath() {
        return hostLogoutSuccessPath;
    }

    public void setHostLogoutSuccessPath(String hostLogoutSuccessPath) {
        this.hostLogoutSuccessPath = hostLogoutSuccessPath;
    }

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
