package org.tilmash.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.support.RawIdentifiers;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;

/** With SMTP configured, reviewers are mailed in their own language when a version awaits them. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "tilmash.demo.enabled=false"})
@ActiveProfiles("test")
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    Workflow workflow;

    @Autowired
    AccountService accounts;

    @Autowired
    ContentService content;

    @Test
    void aReviewerIsMailedInTheirLanguageAfterTheSubmissionCommits() throws Exception {
        String editor = TestAccounts.unique("editor");
        String reviewer = TestAccounts.unique("reviewer");
        accounts.create(editor, TestAccounts.PASSWORD, "Editor", Map.of(Role.EDITOR, Set.of()));
        accounts.create(reviewer, TestAccounts.PASSWORD, "Reviewer", Map.of(Role.REVIEWER, Set.of("kk")));
        accounts.changeEmail(reviewer, "reviewer@example.org");
        accounts.changeUiLanguage(reviewer, "ru");
        Long section = content.createSection(TestAccounts.unique("mail"), Map.of("en", "Mail"))
                .getId();
        Long articleId = content.createArticle(section, "en", editor).getId();
        Long kk = SignedIn.as(
                        editor,
                        () -> workflow.save(
                                articleId,
                                "kk",
                                new ArticleText("Су туралы келісім", "Кіріспе", "<p>Мәтін</p>"),
                                editor,
                                Optional.empty()))
                .getVersion()
                .getId();

        SignedIn.run(editor, () -> workflow.submit(kk, editor));

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("reviewer@example.org");
        assertThat(mail.getSubject()).contains("Су туралы келісім").matches(".*\\p{IsCyrillic}.*");
        assertThat(mail.getContent().toString()).contains("/admin/articles/" + articleId + "/kk");
        assertThat(mail.getSubject())
                .startsWith("Версия материала «Су туралы келісім» на казахском языке ждёт вашей проверки");
        assertThat(RawIdentifiers.in(mail.getSubject() + "\n" + mail.getContent(), "ru"))
                .isEmpty();
    }
}
