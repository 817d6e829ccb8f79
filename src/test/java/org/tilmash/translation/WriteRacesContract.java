package org.tilmash.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.EditConflictException;
import org.tilmash.content.RevisionView;
import org.tilmash.content.VersionState;
import org.tilmash.content.VersionView;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
import org.tilmash.workflow.AuditRecord;
import org.tilmash.workflow.AuditTrail;
import org.tilmash.workflow.Transition;
import org.tilmash.workflow.Workflow;
import org.tilmash.workflow.WorkflowException;

/**
 * Several people doing the same thing at the same moment: each write path either succeeds or answers with a conflict
 * (or a refusal saying the state moved on), never an unexpected error, and nothing anyone wrote is half-stored. Run on
 * every supported database, since row locks behave differently on each.
 */
abstract class WriteRacesContract {

    private static final int RACERS = 4;

    @Autowired
    Fixture fixture;

    @Autowired
    Workflow workflow;

    @Autowired
    Translations translations;

    @Autowired
    XliffFiles xliff;

    @Autowired
    ContentService content;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    private String editor;
    private List<String> reviewers;
    private List<String> translators;
    private Long articleId;

    @BeforeEach
    void aPublishedEnglishArticle() {
        editor = TestAccounts.create(accounts, "editor", Map.of(Role.EDITOR, Set.of()));
        reviewers = new ArrayList<>();
        translators = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            reviewers.add(TestAccounts.create(accounts, "reviewer", Map.of(Role.REVIEWER, Set.of("en", "ky"))));
            translators.add(TestAccounts.create(accounts, "translator", Map.of(Role.TRANSLATOR, Set.of("ky"))));
        }
        articleId = fixture.article("en")
                .by(editor)
                .reviewedBy(reviewers.getFirst())
                .published("en", new ArticleText("Water", "Intro", "<p>Body</p>"))
                .create()
                .id();
    }

    private Long save(String who, String language, ArticleText text) {
        return SignedIn.as(who, () -> workflow.save(articleId, language, text, Optional.empty()))
                .versionId();
    }

    /** Runs one task per racer, all released at the same instant; returns each outcome's name in racer order. */
    private static List<String> race(int racers, Function<Integer, Callable<String>> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<String> work = task.apply(i);
                tasks.add(() -> {
                    start.await();
                    try {
                        return work.call();
                    } catch (RuntimeException unexpected) {
                        return "unexpected " + unexpected;
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(tasks)) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    private List<RevisionView> history(String language) {
        return content.findVersion(articleId, language)
                .map(version -> content.history(version.id()))
                .orElse(List.of());
    }

    @Test
    void fourReviewersApprovingOneVersionAtOncePublishItOnceAndTheOthersAreToldItMovedOn() throws Exception {
        Long ky = save(translators.getFirst(), "ky", new ArticleText("Суу", "Кириш", "<p>Текст</p>"));
        SignedIn.run(translators.getFirst(), () -> workflow.submit(ky));

        List<String> outcomes = race(
                RACERS,
                i -> () -> SignedIn.as(reviewers.get(i), () -> {
                    try {
                        workflow.approve(ky, Optional.empty());
                        return "approved";
                    } catch (WorkflowException refused) {
                        return refused.messageKey();
                    }
                }));

        assertThat(outcomes)
                .containsOnlyOnce("approved")
                .filteredOn(o -> !o.equals("approved"))
                .containsOnly("workflow.error.state");
        VersionView version = content.version(ky).orElseThrow();
        assertThat(version.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(audit.ofArticle(articleId))
                .filteredOn(entry -> entry.language().equals("ky"))
                .extracting(AuditRecord::action)
                .containsOnlyOnce(Transition.APPROVED);
    }

    @Test
    void twoTranslatorsImportingIntoOneVersionAtOnceLoseNoTranslationSilently() throws Exception {
        save(translators.getFirst(), "ky", new ArticleText("Суу", "Кириш", "<p>Текст</p>"));
        String exported = SignedIn.as(translators.getFirst(), () -> xliff.export(List.of(articleId), "ky", "en"));
        int before = history("ky").size();

        List<String> outcomes = race(2, i -> () -> {
            String translator = translators.get(i);
            String file = exported.replaceFirst("<target>Суу</target>", "<target>Суу " + i + "</target>");
            return SignedIn.as(translator, () -> {
                try {
                    xliff.importFile(file.getBytes(StandardCharsets.UTF_8));
                    return "imported " + i;
                } catch (XliffException refused) {
                    return refused.messageKey();
                }
            });
        });

        List<String> imported =
                outcomes.stream().filter(o -> o.startsWith("imported")).toList();
        assertThat(imported).isNotEmpty();
        assertThat(outcomes).allMatch(o -> o.startsWith("imported") || o.equals("xliff.error.conflict"));
        List<String> titles = history("ky").stream().map(RevisionView::title).toList();
        assertThat(titles).hasSize(before + imported.size());
        for (String winner : imported) {
            assertThat(titles).contains("Суу " + winner.substring("imported ".length()));
        }
    }

    @Test
    void twoFirstTranslationsAtOnceMakeOneVersionAndTheOtherTranslatorKeepsTheirText() throws Exception {
        List<String> outcomes = race(
                2,
                i -> () -> SignedIn.as(translators.get(i), () -> {
                    try {
                        translations.save(
                                articleId,
                                "ky",
                                "en",
                                List.of("Суу " + i, "", ""),
                                Optional.of(ContentService.NOT_CREATED));
                        return "saved";
                    } catch (EditConflictException conflict) {
                        return "conflict, theirs: " + conflict.current().title();
                    }
                }));

        assertThat(outcomes).containsOnlyOnce("saved");
        assertThat(outcomes)
                .filteredOn(o -> !o.equals("saved"))
                .singleElement()
                .asString()
                .startsWith("conflict");
        assertThat(history("ky")).hasSize(1);
    }

    @Test
    void restoresAndApiSavesRacingAnEditorEachGetTheirOwnRevisionNumber() throws Exception {
        save(editor, "en", new ArticleText("Water 2", "Intro", "<p>Body 2</p>"));
        Long en = content.findVersion(articleId, "en").orElseThrow().id();
        int before = history("en").size();

        List<String> outcomes = race(
                RACERS,
                i -> () -> SignedIn.as(editor, () -> {
                    workflow.restore(en, 1);
                    return "restored";
                }));

        assertThat(outcomes).containsOnly("restored");
        List<Integer> numbers = history("en").stream().map(RevisionView::number).toList();
        assertThat(numbers).hasSize(before + RACERS).doesNotHaveDuplicates();
    }
}
