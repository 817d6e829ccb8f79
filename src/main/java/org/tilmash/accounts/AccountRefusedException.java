package org.tilmash.accounts;

import java.util.Set;

/**
 * A change to an account that {@link AccountService} refused before writing anything; each reason names one thing
 * the administrator has to correct, so a form can mark every field at once.
 */
public class AccountRefusedException extends RuntimeException {

    public enum Reason {
        DISPLAY_NAME_REQUIRED,
        DISPLAY_NAME_TOO_LONG,
        NO_ROLE,
        NO_TRANSLATOR_LANGUAGE,
        NO_REVIEWER_LANGUAGE,
        /** An administrator would lock themselves out of user management by their own hand. */
        OWN_ADMINISTRATOR_ROLE,
        /** No enabled account would be left to manage users. */
        NO_ADMINISTRATOR_LEFT,
        EMAIL_TOO_LONG
    }

    private final Set<Reason> reasons;

    AccountRefusedException(Set<Reason> reasons) {
        super("Account change refused: " + reasons);
        this.reasons = Set.copyOf(reasons);
    }

    public Set<Reason> reasons() {
        return reasons;
    }
}
