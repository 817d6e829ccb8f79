package org.tilmash.accounts;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the very first start, with no user in the database, creates {@code admin} with a random password and prints it
 * once to the console. It goes to standard output rather than the log so that it never lands in a log file.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstStartAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";

    private final AccountService accounts;

    FirstStartAdmin(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String password = Passwords.random();
        PrintStream console = System.out;
        accounts.create(USERNAME, password, "Administrator", Map.of(Role.ADMIN, Set.of()));
        console.println();
        console.println("=================================================================");
        console.println(" Tilmash created the first administrator. This is shown only once.");
        console.println("   user:     " + USERNAME);
        console.println("   password: " + password);
        console.println("=================================================================");
        console.println();
    }
}
