package org.tilmash.accounts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in user as the database knows them on this request: roles, language scopes and UI language. Read fresh
 * on every request, so a revoked role or language applies at once.
 */
public record CurrentAccount(
        String username,
        String displayName,
        Map<Role, Set<String>> grants,
        String uiLanguage,
        boolean passwordChangeRequired)
        implements AuthenticatedPrincipal {

    public CurrentAccount {
        grants = Map.copyOf(grants);
    }

    static CurrentAccount of(UserAccount user) {
        return new CurrentAccount(
                user.getUsername(),
                user.getDisplayName(),
                user.grants(),
                user.getUiLanguage(),
                user.isPasswordChangeRequired());
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return grants.containsKey(role);
    }

    /** Whether the user holds {@code role} for {@code language}; language codes are compared exactly. */
    public boolean has(Role role, String language) {
        return grants.getOrDefault(role, Set.of()).contains(language);
    }

    List<GrantedAuthority> authorities() {
        return grants.keySet().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
