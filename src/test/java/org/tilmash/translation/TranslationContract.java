package org.tilmash.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.VersionView;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.workflow.Workflow;
import org.tilmash.workflow.WorkflowException;

/** Source pinning, outdated detection and the translation queue, on every supported database. */
abstract class TranslationContract {

    private static final ArticleText ENGLISH = new ArticleText(
            "Dam agreement signed", "Four countries agree.", "<p>First paragraph.</p><p>Second paragraph.</p>");
    private static final ArticleText RUSSIAN = new ArticleText(
            "Подписано соглашение о плотине",
            "Четыре страны договорились.",
            "<p>Первый абзац.</p><p>Второй абзац.</p>");

    @Autowired
    Translations translations;

    @Autowired
    Workflow workflow;

    @Autowired
    ContentService content;

    @Autowired
    Fixture fixture;

    private String editor;
    private String reviewer;
    private String translator;
    private Long articleId;

    @BeforeEach
    void anArticlePublishedInEnglishAndRussian() {
        editor = user("editor", Map.of(Role.EDITOR, Set.of()));
        reviewer = user("reviewer", Map.of(Role.REVIEWER, Set.of("en", "ru", "ky")));
        translator = user("translator", Map.of(Role.TRANSLATOR, Set.of("ky")));
        articleId = fixture.article("en")
                .by(editor)
                .reviewedBy(reviewer)
                .published("en", ENGLISH)
                .create()
                .id();
        SignedIn.run(editor, () -> translations.save(articleId, "ru", "en", segments(RUSSIAN), Optional.empty()));
        submitAndApprove(editor, "ru");
    }

    private String user(String prefix, Map<Role, Set<String>> roles) {
        return fixture.accounts(prefix, roles);
    }

    private static List<String> segments(ArticleText text) {
        return org.tilmash.content.Segments.of(text).stream()
                .map(org.tilmash.content.Segments.Segment::html)
                .toList();
    }

    private void publish(String who, String language, ArticleText text) {
        fixture.publish(articleId, language, text, who, reviewer);
    }

    private void submitAndApprove(String who, String language) {
        fixture.submitAndApprove(version(language).id(), who, reviewer);
    }

    private VersionView version(String language) {
        return content.findVersion(articleId, language).orElseThrow();
    }

    @Test
    void aTranslationFromARussianPivotIsPinnedAndOutdatedWhenTheEnglishOriginalChanges() {
        assertThat(SignedIn.as(translator, () -> translations.queue())).anySatisfy(item -> {
            assertThat(item.articleId()).isEqualTo(articleId);
            assertThat(item.reason()).isEqualTo(Translations.Reason.NEW);
            assertThat(item.language()).isEqualTo("ky");
        });
        List<String> kyrgyz = List.of(
                "Дамба боюнча келишимге кол коюлду", "Төрт өлкө макулдашты.", "Биринчи абзац.", "Экинчи абзац.");
        SignedIn.run(translator, () -> translations.save(articleId, "ky", "ru", kyrgyz, Optional.empty()));
        VersionView translated = version("ky");
        assertThat(translated.sourceRevisionId())
                .isEqualTo(version("ru").published().id());
        assertThat(translated.working().body()).isEqualTo("<p>Биринчи абзац.</p><p>Экинчи абзац.</p>");
        submitAndApprove(translator, "ky");

        publish(
                editor,
                "en",
                new ArticleText(
                        ENGLISH.title(), ENGLISH.intro(), "<p>First paragraph.</p><p>Second paragraph, revised.</p>"));

        assertThat(version("ky").outdated()).isTrue();
        assertThat(version("ru").outdated()).isTrue();
        assertThat(version("ky").published().body()).as("still live").contains("Экинчи абзац.");
        assertThat(SignedIn.as(translator, () -> translations.queue()))
                .anySatisfy(item -> assertThat(item.reason()).isEqualTo(Translations.Reason.OUTDATED));

        SignedIn.run(
                translator,
                () -> workflow.save(articleId, "ky", version("ky").working().text(), Optional.empty()));
        Long ky = version("ky").id();
        assertThatThrownBy(() -> SignedIn.run(translator, () -> workflow.submit(ky)))
                .isInstanceOf(WorkflowException.class)
                .extracting("messageKey")
                .isEqualTo("translation.error.outdated");

        Translations.SideBySide view =
                SignedIn.as(translator, () -> translations.sideBySide(articleId, "ky", Optional.empty()));
        assertThat(view.changedLanguage()).isEqualTo("en");
        assertThat(view.changedSegments()).containsExactly(3);
        assertThat(view.translatedAt(2))
                .as("unchanged segments keep their translation")
                .isEqualTo("Биринчи абзац.");

        List<String> updated = List.of(kyrgyz.get(0), kyrgyz.get(1), kyrgyz.get(2), "Экинчи абзац, жаңыланган.");
        SignedIn.run(translator, () -> translations.save(articleId, "ky", "ru", updated, Optional.empty()));
        assertThat(version("ky").outdated()).isFalse();
        SignedIn.run(translator, () -> workflow.submit(ky));
    }

    @Test
    void aMinorSourceChangeLeavesTranslationsCurrent() {
        publish(editor, "en", new ArticleText("Dam agreement signed.", ENGLISH.intro(), ENGLISH.body()));
        assertThat(version("ru").outdated()).isTrue();

        SignedIn.run(editor, () -> translations.markMinor(articleId, "en"));
        assertThat(version("ru").outdated()).isFalse();
        assertThat(version("ru").sourceRevisionId())
                .isEqualTo(version("en").published().id());
    }

    @Test
    void aTranslatorWhoSawTheDiffCanConfirmThatNothingNeedsChanging() {
        publish(editor, "en", new ArticleText(ENGLISH.title() + "!", ENGLISH.intro(), ENGLISH.body()));
        assertThat(version("ru").outdated()).isTrue();
        SignedIn.run(editor, () -> translations.confirmUpdate(articleId, "ru"));
        assertThat(version("ru").outdated()).isFalse();
    }

    @Test
    void aPartOfTheSourceWithoutTranslationCannotBeConfirmedAway() {
        publish(editor, "en", new ArticleText(ENGLISH.title(), ENGLISH.intro(), ENGLISH.body() + "<p>Third.</p>"));
        assertThat(version("ru").outdated()).isTrue();

        assertThatThrownBy(() -> SignedIn.run(editor, () -> translations.confirmUpdate(articleId, "ru")))
                .isInstanceOf(WorkflowException.class)
                .extracting(refused -> ((WorkflowException) refused).messageKey())
                .isEqualTo("translation.error.untranslatedPart");
        assertThat(version("ru").outdated()).isTrue();
    }
}
