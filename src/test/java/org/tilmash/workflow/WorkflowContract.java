package org.tilmash.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.EditConflictException;
import org.tilmash.content.VersionState;
import org.tilmash.content.VersionView;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;

/** The per-language workflow, as it must behave on every supported database; one subclass per database. */
abstract class WorkflowContract {

    @Autowired
    Workflow workflow;

    @Autowired
    ContentService content;

    @Autowired
    Fixture fixture;

    @Autowired
    AuditTrail audit;

    @Autowired
    Inbox inbox;

    @Autowired
    ScheduledPublisher publisher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    private String editor;
    private String reviewer;
    private String translatorKk;
    private Long articleId;

    @BeforeEach
    void people() {
        editor = user("editor", Map.of(Role.EDITOR, Set.of()));
        reviewer = user("reviewer", Map.of(Role.REVIEWER, Set.of("en", "ru", "kk")));
        translatorKk = user("translator", Map.of(Role.TRANSLATOR, Set.of("kk")));
        Long section = fixture.section("Workflow").id();
        // Written first in a language these tests leave alone, so each test starts its own versions from nothing.
        Long original = SignedIn.as(
                        editor,
                        () -> workflow.createArticle(
                                section,
                                "tg",
                                new ArticleText("Лоиҳа", "", "<p>Лоиҳа</p>"),
                                Optional.empty(),
                                Optional.empty()))
                .versionId();
        articleId = content.version(original).orElseThrow().articleId();
    }

    private String user(String prefix, Map<Role, Set<String>> roles) {
        return fixture.accounts(prefix, roles);
    }

    private Long save(String who, String language, String title) {
        return SignedIn.as(
                        who,
                        () -> workflow.save(
                                articleId,
                                language,
                                new ArticleText(title, "Intro", "<p>" + title + "</p>"),
                                Optional.empty()))
                .versionId();
    }

    private VersionView version(Long id) {
        return content.version(id).orElseThrow();
    }

    private List<InboxItem> reviewRequests() {
        return inbox.of(reviewer).stream()
                .filter(item -> item.articleId().equals(articleId))
                .filter(item -> item.messageKey().equals("notification.submitted"))
                .toList();
    }

    @Test
    void aVersionResubmittedAfterAnEditAsksItsReviewerOnceUntilTheNoticeIsRead() {
        Long en = save(editor, "en", "Dam repairs begin");
        SignedIn.run(editor, () -> workflow.submit(en));
        await().untilAsserted(() -> assertThat(reviewRequests()).hasSize(1));

        save(editor, "en", "Dam repairs begin in May");
        SignedIn.run(editor, () -> workflow.submit(en));
        await().untilAsserted(() -> assertThat(reviewRequests())
                .singleElement()
                .extracting(InboxItem::title)
                .isEqualTo("Dam repairs begin in May"));

        inbox.markRead(reviewRequests().getFirst().id(), reviewer);
        save(editor, "en", "Dam repairs begin in June");
        SignedIn.run(editor, () -> workflow.submit(en));
        await().untilAsserted(() -> assertThat(reviewRequests())
                .extracting(InboxItem::title)
                .containsExactly("Dam repairs begin in June", "Dam repairs begin in May"));
    }

    @Test
    void draftReviewChangesResubmitApproveIsAuditedAndNotifiesPeople() {
        Long en = save(editor, "en", "Water summit opens");
        SignedIn.run(editor, () -> workflow.submit(en));
        await().untilAsserted(() ->
                assertThat(inbox.of(reviewer)).extracting(InboxItem::messageKey).contains("notification.submitted"));

        assertThatThrownBy(() -> SignedIn.run(reviewer, () -> workflow.requestChanges(en, " ")))
                .isInstanceOf(WorkflowException.class)
                .extracting("messageKey")
                .isEqualTo("workflow.error.commentRequired");
        SignedIn.run(reviewer, () -> workflow.requestChanges(en, "Name the ministers."));
        assertThat(version(en).state()).isEqualTo(VersionState.DRAFT);
        await().untilAsserted(() -> assertThat(inbox.of(editor))
                .anySatisfy(n -> assertThat(n.comment()).isEqualTo("Name the ministers.")));

        save(editor, "en", "Water summit opens with six ministers");
        SignedIn.run(editor, () -> workflow.submit(en));
        SignedIn.run(reviewer, () -> workflow.approve(en, Optional.empty()));

        VersionView published = version(en);
        assertThat(published.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(published.published().title()).isEqualTo("Water summit opens with six ministers");
        assertThat(audit.ofArticle(articleId))
                .filteredOn(entry -> entry.versionId().equals(en))
                .extracting(AuditRecord::action)
                .containsExactly(
                        Transition.CREATED,
                        Transition.SUBMITTED,
                        Transition.CHANGES_REQUESTED,
                        Transition.SAVED,
                        Transition.SUBMITTED,
                        Transition.APPROVED);
        assertThat(audit.ofArticle(articleId))
                .filteredOn(entry -> entry.action() == Transition.CHANGES_REQUESTED)
                .singleElement()
                .extracting(AuditRecord::comment)
                .isEqualTo("Name the ministers.");
        await().untilAsserted(() ->
                assertThat(inbox.of(editor)).extracting(InboxItem::messageKey).contains("notification.published"));
    }

    @Test
    void editingAPublishedVersionKeepsReadersOnThePublishedRevision() {
        Long en = save(editor, "en", "First words");
        SignedIn.run(editor, () -> workflow.submit(en));
        SignedIn.run(reviewer, () -> workflow.approve(en, Optional.empty()));
        save(editor, "en", "Second thoughts");

        VersionView version = version(en);
        assertThat(version.state()).isEqualTo(VersionState.DRAFT);
        assertThat(version.published().title()).isEqualTo("First words");
        assertThat(version.working().title()).isEqualTo("Second thoughts");
    }

    @Test
    void nobodyActsOutsideTheirRoleOrLanguageAndReviewersDoNotApproveTheirOwnText() {
        assertThatThrownBy(() -> save(translatorKk, "ru", "Не мой язык")).isInstanceOf(AccessDeniedException.class);
        Long kk = save(translatorKk, "kk", "Менің тілім");
        assertThatThrownBy(() -> SignedIn.run(translatorKk, () -> workflow.approve(kk, Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);

        Long ru = save(editor, "ru", "Текст редактора");
        String reviewingEditor = user("both", Map.of(Role.EDITOR, Set.of(), Role.REVIEWER, Set.of("ru")));
        save(reviewingEditor, "ru", "Текст, который я написал сам");
        SignedIn.run(reviewingEditor, () -> workflow.submit(ru));
        assertThatThrownBy(() -> SignedIn.run(reviewingEditor, () -> workflow.approve(ru, Optional.empty())))
                .isInstanceOf(WorkflowException.class)
                .extracting("messageKey")
                .isEqualTo("workflow.error.ownRevision");
        assertThat(version(ru).state()).isEqualTo(VersionState.IN_REVIEW);
    }

    @Test
    void aScheduledApprovalIsPublishedOnceWhenDueEvenWithSeveralPublishersRacing() throws Exception {
        Long en = save(editor, "en", "Scheduled news");
        SignedIn.run(editor, () -> workflow.submit(en));
        Instant tomorrow = clock.instant().plus(1, ChronoUnit.DAYS);
        SignedIn.run(reviewer, () -> workflow.approve(en, Optional.of(tomorrow)));
        assertThat(version(en).state()).isEqualTo(VersionState.SCHEDULED);
        assertThat(version(en).live()).isFalse();

        publisher.publishDue();
        assertThat(version(en).live()).as("not yet due").isFalse();

        // The hour comes by the database's clock, which judges what is due (as after a restart just before it):
        // several instances look for due work at once.
        java.sql.Timestamp databaseNow = jdbc.queryForObject("select current_timestamp", java.sql.Timestamp.class);
        jdbc.update(
                "update tilmash_scheduled_publication set publish_at = ? where version_id = ?",
                java.sql.Timestamp.from(databaseNow.toInstant().minusSeconds(1)),
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

        assertThat(version(en).state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(audit.ofArticle(articleId))
                .filteredOn(e -> e.action() == Transition.PUBLISHED)
                .hasSize(1);
    }

    @Test
    void aReleasePublishesItsLanguagesTogetherOnceAllAreApproved() {
        Long en = save(editor, "en", "Joint release");
        Long ru = save(editor, "ru", "Совместный выпуск");
        SignedIn.run(editor, () -> workflow.createRelease(articleId, List.of("en", "ru"), Optional.empty()));
        SignedIn.run(editor, () -> {
            workflow.submit(en);
            workflow.submit(ru);
        });

        SignedIn.run(reviewer, () -> workflow.approve(en, Optional.empty()));
        assertThat(version(en).state()).isEqualTo(VersionState.SCHEDULED);
        assertThat(version(en).live()).isFalse();

        SignedIn.run(reviewer, () -> workflow.approve(ru, Optional.empty()));
        assertThat(version(en).live()).isTrue();
        assertThat(version(ru).live()).isTrue();
    }

    @Test
    void concurrentSavesOfOneVersionLoseNothing() throws Exception {
        Long en = save(editor, "en", "Base text");
        long loaded = version(en).version();
        int revisionsBefore = content.history(en).size();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<String>> saves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String title = "Concurrent edit " + i;
            saves.add(() -> SignedIn.as(editor, () -> {
                try {
                    workflow.save(articleId, "en", new ArticleText(title, "", "<p>x</p>"), Optional.of(loaded));
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
