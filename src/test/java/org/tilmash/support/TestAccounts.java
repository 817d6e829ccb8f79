package org.tilmash.support;

import java.util.UUID;

/** Accounts tests create for themselves, so the shared demo accounts stay as they are. */
public final class TestAccounts {

    /** Long enough for the password policy. */
    public static final String PASSWORD = "correct-horse-battery";

    private TestAccounts() {}

    /** A username no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
