package org.tilmash.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.ActiveProfiles;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.support.Fixture;
import org.tilmash.support.RawIdentifiers;
import org.tilmash.support.SignedIn;

/** With SMTP configured, reviewers are mailed in their own language when a version awaits them. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "tilmash.demo.enabled=false"})
@ActiveProfiles("test")
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    Fixture fixture;

    @Autowired
    Workflow workflow;

    @Autowired
    AccountService accounts;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcTemplate jdbc;

    private String reviewerOfKazakh(String email) {
        String reviewer = fixture.account("reviewer", Role.REVIEWER, "kk");
        accounts.changeEmail(reviewer, email);
        accounts.changeUiLanguage(reviewer, "ru");
        return reviewer;
    }

    private Fixture.Article kazakhDraftBy(String editor) {
        return fixture.article("en")
                .by(editor)
                .draft("en", new ArticleText("Water agreement", "Intro", "<p>Text</p>"))
                .draft("kk", new ArticleText("Су туралы келісім", "Кіріспе", "<p>Мәтін</p>"))
                .create();
    }

    @Test
    void aReviewerIsMailedInTheirLanguageAfterTheSubmissionCommits() throws Exception {
        String editor = fixture.account("editor", Role.EDITOR);
        reviewerOfKazakh("reviewer@example.org");
        Fixture.Article article = kazakhDraftBy(editor);

        SignedIn.run(editor, () -> workflow.submit(article.version("kk")));

        MimeMessage mail = mailTo("reviewer@example.org");
        // In the reviewer's language (Russian), not the editor's nor the version's (Kazakh): the Russian sentence
        // around the Kazakh title, written here as a Russian reader expects it.
        assertThat(mail.getSubject())
                .as("the sender named by their display name")
                .isEqualTo("Версия материала «Су туралы келісім» на казахском языке ждёт вашей проверки; отправил(а) "
                        + "editor.");
        assertThat(RawIdentifiers.in(mail.getSubject() + "\n" + mail.getContent(), "ru"))
                .isEmpty();
        assertThat(mail.getContent().toString()).contains("/admin/articles/" + article.id() + "/kk");
    }

    @Test
    void aMailTheServerRefusedIsKeptAndDeliveredWhenIncompleteEventsAreResubmitted() throws Exception {
        String editor = fixture.account("editor", Role.EDITOR);
        reviewerOfKazakh("patient-reviewer@example.org");
        Fixture.Article article = kazakhDraftBy(editor);
        smtp.stop();

        SignedIn.run(editor, () -> workflow.submit(article.version("kk")));

        await().untilAsserted(() -> assertThat(incompleteMailPublications()).isPositive());
        smtp.start();
        incomplete.resubmitIncompletePublications(publication -> true);

        assertThat(mailTo("patient-reviewer@example.org").getSubject()).contains("«Су туралы келісім»");
        await().untilAsserted(() -> assertThat(incompleteMailPublications()).isZero());
    }

    /** The message to {@code address}; other tests' reviewers of Kazakh may be mailed too. */
    private MimeMessage mailTo(String address) {
        return await().until(
                        () -> Arrays.stream(smtp.getReceivedMessages())
                                .filter(message -> recipient(message).equals(address))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private int incompleteMailPublications() {
        return jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and listener_id like ?",
                Integer.class,
                "%mailSubmitted%");
    }
}
