package org.tilmash.accounts;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A user account as the back office shows it: never its password hash. */
public record AccountView(
        Long id,
        String username,
        String displayName,
        String email,
        String uiLanguage,
        boolean enabled,
        boolean passwordChangeRequired,
        Instant createdAt,
        Map<Role, Set<String>> grants) {

    static AccountView of(UserAccount account) {
        return new AccountView(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                account.getUiLanguage(),
                account.isEnabled(),
                account.isPasswordChangeRequired(),
                account.getCreatedAt(),
                account.grants());
    }

    public Set<Role> roles() {
        return grants.keySet();
    }

    /** The languages the role is scoped to; empty for roles without a scope. */
    public Set<String> languages(Role role) {
        return grants.getOrDefault(role, Set.of());
    }
}
