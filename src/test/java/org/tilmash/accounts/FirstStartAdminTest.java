package org.tilmash.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = "tilmash.demo.enabled=false")
@ActiveProfiles("test")
class FirstStartAdminTest {

    @Autowired
    FirstStartAdmin firstStart;

    @Autowired
    UserAccountRepository users;

    @Autowired
    AccountPasswords passwords;

    @Test
    void theFirstStartCreatesAnAdminAndShowsItsPasswordOnceOnTheConsole(CapturedOutput output) throws Exception {
        Matcher printed = Pattern.compile("password: (\\S+)").matcher(output.getOut());
        assertThat(printed.find()).as("password printed at start-up").isTrue();
        String password = printed.group(1);

        UserAccount admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(passwords.matches(password, admin.getPasswordHash())).isTrue();

        int before = output.getOut().length();
        firstStart.run(null);
        assertThat(output.getOut().substring(before)).doesNotContain("password");
        assertThat(users.count()).isEqualTo(1);
        assertThat(output.getErr()).doesNotContain(password);
    }
}
