package org.tilmash.accounts;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tilmash.TilmashTransactional;
import org.tilmash.i18n.LanguageRegistry;

/**
 * Keeps the account of a host user as the host describes it: created at their first visit, its roles, languages,
 * name and address replaced when the host says otherwise, and left alone when nothing changed. Tilmash still owns
 * what the host does not say: a disabled account stays disabled, whatever the host's groups.
 */
@Component
class HostAccountAdoption {

    private final UserAccountRepository users;
    private final AccountPasswords passwords;
    private final SecurityLog log;
    private final LanguageRegistry languages;
    private final Clock clock;

    HostAccountAdoption(
            UserAccountRepository users,
            AccountPasswords passwords,
            SecurityLog log,
            LanguageRegistry languages,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.log = log;
        this.languages = languages;
        this.clock = clock;
    }

    /** The account as it now stands, or empty when Tilmash disabled it. */
    @TilmashTransactional
    Optional<CurrentAccount> adopt(HostAccount host) {
        Map<Role, Set<String>> grants = enabledLanguagesOnly(host.grants());
        Optional<UserAccount> existing = users.findByUsername(host.username());
        if (existing.isEmpty()) {
            return Optional.of(CurrentAccount.of(create(host, grants)));
        }
        UserAccount user = existing.get();
        if (!user.isEnabled()) {
            return Optional.empty();
        }
        String before = Grant.describe(user.grants());
        String after = Grant.describe(grants);
        if (!before.equals(after)) {
            user.replaceRoles(grants);
            log.record(SecurityEvent.Kind.ROLES_CHANGED, host.username(), host.username(), before + " → " + after);
        }
        if (!host.displayName().equals(user.getDisplayName())) {
            user.rename(host.displayName());
        }
        if (host.email() != null && !host.email().equals(user.getEmail())) {
            user.changeEmail(host.email());
        }
        return Optional.of(CurrentAccount.of(user));
    }

    /**
     * A password nobody knows: the host signs its users in, and an account adopted from it must not open with a
     * password should Tilmash's own sign-in be switched back on.
     */
    private UserAccount create(HostAccount host, Map<Role, Set<String>> grants) {
        UserAccount user = new UserAccount(host.username(), host.displayName(), clock.instant());
        user.changePassword(passwords.hash(Passwords.random()), false);
        user.replaceRoles(grants);
        user.changeEmail(host.email());
        log.record(SecurityEvent.Kind.ACCOUNT_CREATED, host.username(), host.username(), Grant.describe(grants));
        return users.save(user);
    }

    /** A language the host names but Tilmash does not publish in grants nothing; unscoped roles carry none. */
    private Map<Role, Set<String>> enabledLanguagesOnly(Map<Role, Set<String>> grants) {
        Map<Role, Set<String>> checked = new EnumMap<>(Role.class);
        grants.forEach((role, scope) -> checked.put(
                role,
                AccountService.SCOPED.contains(role)
                        ? scope.stream()
                                .filter(code -> languages.isEnabled(code))
                                .collect(Collectors.toUnmodifiableSet())
                        : Set.of()));
        return checked;
    }
}
