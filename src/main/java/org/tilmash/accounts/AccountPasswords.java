package org.tilmash.accounts;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * How Tilmash hashes its accounts' passwords: bcrypt today, and old hashes keep working when the default moves on.
 * Deliberately not a {@link PasswordEncoder} bean: inside a host application that would replace the host's own.
 */
@Component
class AccountPasswords {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    boolean matches(String rawPassword, String hash) {
        return encoder.matches(rawPassword, hash);
    }

    PasswordEncoder encoder() {
        return encoder;
    }
}
