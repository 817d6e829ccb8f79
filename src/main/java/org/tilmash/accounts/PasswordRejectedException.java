package org.tilmash.accounts;

/** A password change that the policy refused; the reason tells the user what to do. */
public class PasswordRejectedException extends RuntimeException {

    public enum Reason {
        WRONG_CURRENT,
        TOO_SHORT,
        /** The new password is the current one: after a one-time password, one the administrator still knows. */
        SAME_AS_CURRENT
    }

    private final Reason reason;

    PasswordRejectedException(Reason reason) {
        super("Password change refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
