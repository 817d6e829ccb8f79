package org.tilmash.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ArticleVersion;
import org.tilmash.content.ContentService;
import org.tilmash.content.EditConflictException;
import org.tilmash.content.Section;
import org.tilmash.content.VersionState;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;

/** The per-language workflow, as it must behave on every supported database; one subclass per database. */
abstract class WorkflowContract {

    @Autowired
    Workflow workflow;

    @Autowired
    ContentService content;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    Inbox inbox;

    @Autowired
    ScheduledPublisher publisher;

    @Autowired
    JdbcTemplate jdbc;

    private String editor;
    private String reviewer;
    private String translatorKk;
    private Long articleId;

    @BeforeEach
    void people() {
        editor = user("editor", Map.of(Role.EDITOR, Set.of()));
        reviewer = user("reviewer", Map.of(Role.REVIEWER, Set.of("en", "ru", "kk")));
        translatorKk = user("translator", Map.of(Role.TRANSLATOR, Set.of("kk")));
        Section section = content.createSection(TestAccounts.unique("wf"), Map.of("en", "Workflow"));
        articleId = content.createArticle(section.getId(), "en", editor).getId();
    }

    private String user(String prefix, Map<Role, Set<String>> roles) {
        return TestAccounts.create(accounts, prefix, roles);
    }

    private Long save(String who, String language, String title) {
        return SignedIn.as(
                        who,
                        () -> workflow.save(
                                articleId,
                                language,
                                new ArticleText(title, "Intro", "<p>" + title + "</p>"),
                                who,
                                Optional.empty()))
                .getVersion()
                .getId();
    }

    private ArticleVersion version(Long id) {
        return content.version(id).orElseThrow();
    }

    @Test
    void draftReviewChangesResubmitApproveIsAuditedAndNotifiesPeople() {
        Long en = save(editor, "en", "Water summit opens");
        SignedIn.run(editor, () -> workflow.submit(en, editor));
        assertThat(inbox.of(reviewer)).extracting(Notification::getMessageKey).contains("notification.submitted");

        assertThatThrownBy(() -> SignedIn.run(reviewer, () -> workflow.requestChanges(en, reviewer, " ")))
                .isInstanceOf(WorkflowException.class)
                .extracting("messageKey")
                .isEqualTo("workflow.error.commentRequired");
        SignedIn.run(reviewer, () -> workflow.requestChanges(en, reviewer, "Name the ministers."));
        assertThat(version(en).getState()).isEqualTo(VersionState.DRAFT);
        assertThat(inbox.of(editor)).anySatisfy(n -> assertThat(n.getComment()).isEqualTo("Name the ministers."));

        save(editor, "en", "Water summit opens with six ministers");
        SignedIn.run(editor, () -> workflow.submit(en, editor));
        SignedIn.run(reviewer, () -> workflow.approve(en, reviewer, Optional.empty()));

        ArticleVersion published = version(en);
        assertThat(published.getState()).isEqualTo(VersionState.PUBLISHED);
        assertThat(published.getPublishedRevision().getTitle()).isEqualTo("Water summit opens with six ministers");
        assertThat(audit.ofArticle(articleId))
                .extracting(AuditEntry::getAction)
                .containsExactly(
                        Transition.CREATED,
                        Transition.SUBMITTED,
                        Transition.CHANGES_REQUESTED,
                        Transition.SAVED,
                        Transition.SUBMITTED,
                        Transition.APPROVED);
        assertThat(audit.ofArticle(articleId).get(2).getComment()).isEqualTo("Name the ministers.");
        assertThat(inbox.of(editor)).extracting(Notification::getMessageKey).contains("notification.published");
    }

    @Test
    void editingAPublishedVersionKeepsReadersOnThePublishedRevision() {
        Long en = save(editor, "en", "First words");
        SignedIn.run(editor, () -> workflow.submit(en, editor));
        SignedIn.run(reviewer, () -> workflow.approve(en, reviewer, Optional.empty()));
        save(editor, "en", "Second thoughts");

        ArticleVersion version = version(en);
        assertThat(version.getState()).isEqualTo(VersionState.DRAFT);
        assertThat(version.getPublishedRevision().getTitle()).isEqualTo("First words");
        assertThat(version.getWorkingRevision().getTitle()).isEqualTo("Second thoughts");
    }

    @Test
    void nobodyActsOutsideTheirRoleOrLanguageAndReviewersDoNotApproveTheirOwnText() {
        assertThatThrownBy(() -> save(translatorKk, "ru", "Не мой язык")).isInstanceOf(AccessDeniedException.class);
        Long kk = save(translatorKk, "kk", "Менің тілім");
        assertThatThrownBy(() -> SignedIn.run(translatorKk, () -> workflow.approve(kk, translatorKk, Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);

        Long ru = save(editor, "ru", "Текст редактора");
        String reviewingEditor = user("both", Map.of(Role.EDITOR, Set.of(), Role.REVIEWER, Set.of("ru")));
        save(reviewingEditor, "ru", "Текст, который я написал сам");
        SignedIn.run(reviewingEditor, () -> workflow.submit(ru, reviewingEditor));
        assertThatThrownBy(() ->
                        SignedIn.run(reviewingEditor, () -> workflow.approve(ru, reviewingEditor, Optional.empty())))
                .isInstanceOf(WorkflowException.class)
                .extracting("messageKey")
                .isEqualTo("workflow.error.ownRevision");
        assertThat(version(ru).getState()).isEqualTo(VersionState.IN_REVIEW);
    }

    @Test
    void aScheduledApprovalIsPublishedOnceWhenDueEvenWithSeveralPublishersRacing() throws Exception {
        Long en = save(editor, "en", "Scheduled news");
        SignedIn.run(editor, () -> workflow.submit(en, editor));
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        SignedIn.run(reviewer, () -> workflow.approve(en, reviewer, Optional.of(tomorrow)));
        assertThat(version(en).getState()).isEqualTo(VersionState.SCHEDULED);
        assertThat(version(en).isLive()).isFalse();

        publisher.publishDue();
        assertThat(version(en).isLive()).as("not yet due").isFalse();

        // The hour comes (as after a restart just before it): several instances look for due work at once.
        jdbc.update(
                "update scheduled_publication set publish_at = ? where version_id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                en);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(publisher::publishDue));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        assertThat(version(en).getState()).isEqualTo(VersionState.PUBLISHED);
        assertThat(audit.ofArticle(articleId))
                .filteredOn(e -> e.getAction() == Transition.PUBLISHED)
                .hasSize(1);
    }

    @Test
    void aReleasePublishesItsLanguagesTogetherOnceAllAreApproved() {
        Long en = save(editor, "en", "Joint release");
        Long ru = save(editor, "ru", "Совместный выпуск");
        SignedIn.run(editor, () -> workflow.createRelease(articleId, List.of("en", "ru"), Optional.empty(), editor));
        SignedIn.run(editor, () -> {
            workflow.submit(en, editor);
            workflow.submit(ru, editor);
        });

        SignedIn.run(reviewer, () -> workflow.approve(en, reviewer, Optional.empty()));
        assertThat(version(en).getState()).isEqualTo(VersionState.SCHEDULED);
        assertThat(version(en).isLive()).isFalse();

        SignedIn.run(reviewer, () -> workflow.approve(ru, reviewer, Optional.empty()));
        assertThat(version(en).isLive()).isTrue();
        assertThat(version(ru).isLive()).isTrue();
    }

    @Test
    void concurrentSavesOfOneVersionLoseNothing() throws Exception {
        Long en = save(editor, "en", "Base text");
        long loaded = version(en).getVersion();
        int revisionsBefore = content.history(en).size();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<String>> saves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String title = "Concurrent edit " + i;
            saves.add(() -> SignedIn.as(editor, () -> {
                try {
                    workflow.save(articleId, "en", new ArticleText(title, "", "<p>x</p>"), editor, Optional.of(loaded));
                    return "saved";
                } catch (EditConflictException | ObjectOptimisticLockingFailureException conflict) {
                    return "conflict";
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : pool.invokeAll(saves)) {
            outcomes.add(outcome.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsOnlyOnce("saved");
        assertThat(content.history(en)).hasSize(revisionsBefore + 1);
    }
}
