package org.tilmash.accounts;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A host user as Tilmash knows them: an account name matching {@link AccountService#USERNAME} (e.g. an OIDC
 * {@code preferred_username}), the name shown on their work, and their roles, each with the languages it is scoped to
 * (empty for ADMIN and EDITOR).
 */
public record HostAccount(
        String username, String displayName, @Nullable String email, Map<Role, Set<String>> grants) {

    public HostAccount {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        grants = Map.copyOf(grants);
    }

    public HostAccount(String username, String displayName, Map<Role, Set<String>> grants) {
        this(username, displayName, null, grants);
    }
}
