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
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ArticleVersion;
import org.tilmash.content.ContentService;
import org.tilmash.content.Section;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
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
    AccountService accounts;

    private String editor;
    private String reviewer;
    private String translator;
    private Long articleId;

    @BeforeEach
    void anArticlePublishedInEnglishAndRussian() {
        editor = user("editor", Map.of(Role.EDITOR, Set.of()));
        reviewer = user("reviewer", Map.of(Role.REVIEWER, Set.of("en", "ru", "ky")));
        translator = user("translator", Map.of(Role.TRANSLATOR, Set.of("ky")));
        Section section = content.createSection(TestAccounts.unique("tr"), Map.of("en", "Translation"));
        articleId = content.createArticle(section.getId(), "en", editor).getId();
        publish(editor, "en", ENGLISH);
        SignedIn.run(
                editor, () -> translations.save(articleId, "ru", "en", segments(RUSSIAN), editor, Optional.empty()));
        submitAndApprove(editor, "ru");
    }

    private String user(String prefix, Map<Role, Set<String>> roles) {
        return TestAccounts.create(accounts, prefix, roles);
    }

    private static List<String> segments(ArticleText text) {
        return org.tilmash.content.Segments.of(text).stream()
                .map(org.tilmash.content.Segments.Segment::html)
                .toList();
    }

    private void publish(String who, String language, ArticleText text) {
        SignedIn.run(who, () -> workflow.save(articleId, language, text, who, Optional.empty()));
        submitAndApprove(who, language);
    }

    private void submitAndApprove(String who, String language) {
        Long id = version(language).getId();
        SignedIn.run(who, () -> workflow.submit(id, who));
        SignedIn.run(reviewer, () -> workflow.approve(id, reviewer, Optional.empty()));
    }

    private ArticleVersion version(String language) {
        return content.findVersion(articleId, language)
                .flatMap(v -> content.version(v.getId()))
                .orElseThrow();
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
        SignedIn.run(translator, () -> translations.save(articleId, "ky", "ru", kyrgyz, translator, Optional.empty()));
        ArticleVersion translated = version("ky");
        assertThat(translated.getSourceRevision().getId())
                .isEqualTo(version("ru").getPublishedRevision().getId());
        assertThat(translated.getWorkingRevision().getBody()).isEqualTo("<p>Биринчи абзац.</p><p>Экинчи абзац.</p>");
        submitAndApprove(translator, "ky");

        publish(
                editor,
                "en",
                new ArticleText(
                        ENGLISH.title(), ENGLISH.intro(), "<p>First paragraph.</p><p>Second paragraph, revised.</p>"));

        assertThat(version("ky").isOutdated()).isTrue();
        assertThat(version("ru").isOutdated()).isTrue();
        assertThat(version("ky").getPublishedRevision().getBody())
                .as("still live")
                .contains("Экинчи абзац.");
        assertThat(SignedIn.as(translator, () -> translations.queue()))
                .anySatisfy(item -> assertThat(item.reason()).isEqualTo(Translations.Reason.OUTDATED));

        SignedIn.run(
                translator,
                () -> workflow.save(
                        articleId, "ky", version("ky").getWorkingRevision().text(), translator, Optional.empty()));
        Long ky = version("ky").getId();
        assertThatThrownBy(() -> SignedIn.run(translator, () -> workflow.submit(ky, translator)))
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
        SignedIn.run(translator, () -> translations.save(articleId, "ky", "ru", updated, translator, Optional.empty()));
        assertThat(version("ky").isOutdated()).isFalse();
        SignedIn.run(translator, () -> workflow.submit(ky, translator));
    }

    @Test
    void aMinorSourceChangeLeavesTranslationsCurrent() {
        publish(editor, "en", new ArticleText("Dam agreement signed.", ENGLISH.intro(), ENGLISH.body()));
        assertThat(version("ru").isOutdated()).isTrue();

        SignedIn.run(editor, () -> translations.markMinor(articleId, "en"));
        assertThat(version("ru").isOutdated()).isFalse();
        assertThat(version("ru").getSourceRevision().getId())
                .isEqualTo(version("en").getPublishedRevision().getId());
    }

    @Test
    void aTranslatorWhoSawTheDiffCanConfirmThatNothingNeedsChanging() {
        publish(editor, "en", new ArticleText(ENGLISH.title(), ENGLISH.intro(), ENGLISH.body() + "<p>Third.</p>"));
        assertThat(version("ru").isOutdated()).isTrue();
        SignedIn.run(editor, () -> translations.confirmUpdate(articleId, "ru"));
        assertThat(version("ru").isOutdated()).isFalse();
    }
}
