package org.tilmash.accounts;

/** What a user may do. TRANSLATOR and REVIEWER are further scoped to languages. */
public enum Role {
    ADMIN,
    EDITOR,
    TRANSLATOR,
    REVIEWER;

    /** The Spring Security authority, compared without locale-sensitive case conversion. */
    public String authority() {
        return "ROLE_" + name();
    }
}
