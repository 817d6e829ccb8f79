package org.tilmash.accounts;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and looks up user accounts. */
@Service
@Transactional
public class AccountService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Creates a user with roles; each role maps to the languages it is scoped to (empty for ADMIN and EDITOR).
     *
     * @throws IllegalArgumentException if the username is taken
     */
    public UserAccount create(String username, String rawPassword, String displayName, Map<Role, Set<String>> roles) {
        if (users.existsByUsername(username)) {
            throw new IllegalArgumentException("Username taken: " + username);
        }
        UserAccount user = new UserAccount(username, passwordEncoder.encode(rawPassword), displayName, clock.instant());
        roles.forEach(user::grant);
        return users.save(user);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }
}
