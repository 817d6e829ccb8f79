package org.tilmash.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;

/**
 * The sign-in throttle under attack: parallel guesses, a stranger guessing a known name, one address trying many
 * names, and the administrator who lets a locked-out colleague back in. Each test uses its own client addresses
 * (from a documentation range), so their counts never meet.
 */
@TilmashTest
class LoginRaceTest {

    private static final String LOCKED = "/login?locked";
    private static final String WRONG = "/login?error";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountsProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    private static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** Where the sign-in sends the browser: the dashboard, {@code ?error} or {@code ?locked}. */
    private String signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(from(address)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private String editor() {
        return TestAccounts.create(accounts, "race", Map.of(Role.EDITOR, Set.of()));
    }

    @Test
    void thirtyWrongPasswordsAndTheRightOneSentAtOnceAreCheckedAsIfOneAfterAnother() throws Exception {
        String username = editor();
        String address = newAddress();
        int attempts = 31;
        CyclicBarrier start = new CyclicBarrier(attempts);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String password = i == attempts - 1 ? TestAccounts.PASSWORD : "wrong-password-" + i;
            tasks.add(() -> {
                start.await();
                return signIn(username, password, address);
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : pool.invokeAll(tasks)) {
            outcomes.add(outcome.get());
        }
        pool.shutdown();

        // In the order they were checked: as if sent one after another. The right password is accepted only while
        // fewer than `limit` failures precede it (a success starts the count afresh, as it does one by one).
        int limit = properties.getMaxFailedLogins();
        List<String> checked = jdbc.queryForList(
                "select kind from tilmash_security_event where subject = ? and kind in ('LOGIN', 'LOGIN_FAILED') order by id",
                String.class,
                username);
        int failuresInARow = 0;
        for (String kind : checked) {
            if (kind.equals("LOGIN")) {
                assertThat(failuresInARow).as("failures before the success").isLessThan(limit);
                failuresInARow = 0;
            } else {
                failuresInARow++;
                assertThat(failuresInARow).as("failures checked in a row").isLessThanOrEqualTo(limit);
            }
        }
        assertThat(checked).as("passwords checked").hasSizeLessThanOrEqualTo(2 * limit);
        assertThat(outcomes.stream().filter(LOCKED::equals).count()).isEqualTo(attempts - checked.size());
    }

    @Test
    void aStrangerGuessingAKnownNameLocksOutOnlyThemselves() throws Exception {
        String username = editor();
        String stranger = newAddress();
        for (int i = 0; i < properties.getMaxFailedLogins(); i++) {
            assertThat(signIn(username, "guess-" + i, stranger)).isEqualTo(WRONG);
        }
        assertThat(signIn(username, TestAccounts.PASSWORD, stranger))
                .as("even a right guess from there")
                .isEqualTo(LOCKED);

        assertThat(signIn(username, TestAccounts.PASSWORD, newAddress()))
                .as("the owner elsewhere")
                .isEqualTo("/admin");
    }

    @Test
    void oneAddressTryingManyNamesIsRefusedForAllOfThem() throws Exception {
        String address = newAddress();
        for (int i = 0; i < properties.getMaxFailedLoginsPerAddress(); i++) {
            signIn(TestAccounts.unique("nobody"), "guess", address);
        }
        String username = editor();
        assertThat(signIn(username, TestAccounts.PASSWORD, address)).isEqualTo(LOCKED);
        assertThat(signIn(username, TestAccounts.PASSWORD, newAddress())).isEqualTo("/admin");
    }

    @Test
    void anAdministratorUnlocksALockedOutAccountAtOnce() throws Exception {
        String username = editor();
        String address = newAddress();
        for (int i = 0; i < properties.getMaxFailedLogins(); i++) {
            signIn(username, "forgotten-" + i, address);
        }
        assertThat(signIn(username, TestAccounts.PASSWORD, address)).isEqualTo(LOCKED);

        String admin = TestAccounts.create(accounts, "admin", Map.of(Role.ADMIN, Set.of()));
        Long userId =
                jdbc.queryForObject("select id from tilmash_user_account where username = ?", Long.class, username);
        mvc.perform(post("/admin/users/" + userId + "/unlock").with(user(admin)).with(csrf()));

        assertThat(signIn(username, TestAccounts.PASSWORD, address)).isEqualTo("/admin");
        assertThat(jdbc.queryForObject(
                        "select actor from tilmash_security_event where subject = ? and kind = 'LOGIN_UNLOCKED'",
                        String.class,
                        username))
                .isEqualTo(admin);
    }
}
