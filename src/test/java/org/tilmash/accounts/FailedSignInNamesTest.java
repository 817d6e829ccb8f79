package org.tilmash.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.WebVisitor;

/**
 * What someone typed as the name at a failed sign-in is often their password. Administrators read the security log,
 * so a name that matches no account is neither stored nor shown; a failure on a real account still names it.
 */
@TilmashTest
class FailedSignInNamesTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPasswordTypedIntoTheNameBoxNeverReachesTheSecurityLog() {
        String admin = TestAccounts.create(accounts, "admin", Map.of(Role.ADMIN, Set.of()));
        String editor = TestAccounts.create(accounts, "editor", Map.of(Role.EDITOR, Set.of()));
        String typedPassword = TestAccounts.unique("Secret-Horse");

        new WebVisitor(port, "en").login(typedPassword, "anything");
        new WebVisitor(port, "en").login(editor, "wrong-password");

        assertThat(jdbc.queryForObject(
                        "select count(*) from tilmash_security_event where actor like ? or subject like ? or detail like ?",
                        Long.class,
                        "%" + typedPassword + "%",
                        "%" + typedPassword + "%",
                        "%" + typedPassword + "%"))
                .as("not stored")
                .isZero();

        WebVisitor adminBrowser = new WebVisitor(port, "en");
        adminBrowser.login(admin, TestAccounts.PASSWORD);
        String page = adminBrowser.get("/admin/security-log").body();
        assertThat(page).as("not shown").doesNotContain(typedPassword);
        Elements failures = Jsoup.parse(page).select("#security-log tr[data-kind=LOGIN_FAILED]");
        String unknown = messages.getMessage("security.log.unknownAccount", null, Locale.ENGLISH);
        assertThat(failures)
                .as("the attempt is there, for an unknown account")
                .anySatisfy(row -> assertThat(subject(row)).isEqualTo(unknown));
        assertThat(failures)
                .as("a failure on an existing account names it")
                .anySatisfy(row -> assertThat(subject(row)).isEqualTo("editor"));
    }

    private static String subject(Element row) {
        return row.select("td").get(3).text();
    }
}
