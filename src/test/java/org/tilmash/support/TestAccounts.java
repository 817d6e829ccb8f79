package org.tilmash.support;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;

/** Accounts tests create for themselves, so the shared demo accounts stay as they are. */
public final class TestAccounts {

    /** Long enough for the password policy. */
    public static final String PASSWORD = "correct-horse-battery";

    private TestAccounts() {}

    /** Creates a user no other test uses, with the roles and language scopes given, and returns the username. */
    public static String create(AccountService accounts, String prefix, Map<Role, Set<String>> roles) {
        String username = unique(prefix);
        accounts.create(username, PASSWORD, prefix, roles);
        return username;
    }

    /** A username no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
