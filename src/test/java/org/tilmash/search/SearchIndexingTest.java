package org.tilmash.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tilmash.accounts.Role;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TilmashTest;
import org.tilmash.workflow.Workflow;

/** Indexing follows the workflow after commit: published text for readers, drafts for the back office only. */
@TilmashTest
class SearchIndexingTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    Fixture fixture;

    @Autowired
    ReaderSearch readers;

    @Autowired
    BackOfficeSearch backOffice;

    @Autowired
    Workflow workflow;

    @Autowired
    LanguageRegistry languages;

    private Language language(String code) {
        return languages.find(code).orElseThrow();
    }

    private List<Long> found(String code, String query) {
        return Found.articles(readers, language(code), query);
    }

    @Test
    void aPublishedKazakhVersionIsFoundInflectedAndInLatinScriptWhileItsDraftIsNot() {
        Fixture.Article article = fixture.article("ru")
                .dated(Instant.parse("2021-03-04T05:00:00Z"))
                .published("ru", Fixture.text("Собрание в акимате Жамбылского района", "Вступление"))
                .published(
                        "kk",
                        Fixture.text(
                                "Аудан әкімдігіндегі жиналыс",
                                "Кіріспе",
                                "Жиналыста ауыл шаруашылығы мәселелері талқыланды."))
                .create();
        await().atMost(WAIT).until(() -> found("kk", "жиналыстар").contains(article.id()));
        assertThat(found("kk", "jinalys")).contains(article.id());
        assertThat(found("kk", "zhinalysta")).contains(article.id());
        assertThat(found("kk", "ЖИНАЛЫСТЫҢ")).contains(article.id());

        String editor = fixture.account("search-editor", Role.EDITOR);
        String secret = "qwxsearchsecret" + System.nanoTime();
        SignedIn.run(
                editor,
                () -> workflow.save(
                        article.id(),
                        "kk",
                        Fixture.text("Аудан әкімдігіндегі " + secret, "Кіріспе"),
                        java.util.Optional.empty()));
        await().atMost(WAIT)
                .until(() -> SignedIn.as(editor, () -> backOffice.articleIds(secret, null, null, 10))
                        .contains(article.id()));
        assertThat(found("kk", secret)).isEmpty();
    }

    @Test
    void anUnpublishedVersionLeavesTheReadersIndexAndItsFallbackTakesItsPlace() {
        String reviewer = fixture.account("search-reviewer", Role.REVIEWER, "ru", "ky");
        Fixture.Article article = fixture.article("ru")
                .reviewedBy(reviewer)
                .published("ru", Fixture.text("Выборы в Бишкеке", "Вступление", "Горожане голосовали весь день."))
                .published("ky", Fixture.text("Бишкектеги шайлоо", "Киришүү", "Шаардыктар шайлоого катышты."))
                .create();
        await().atMost(WAIT).until(() -> found("ky", "шайлоодо").contains(article.id()));
        SignedIn.run(reviewer, () -> workflow.unpublish(article.version("ky")));
        await().atMost(WAIT).until(() -> !found("ky", "шайлоо").contains(article.id()));
        await().atMost(WAIT).until(() -> found("ky", "выборы").contains(article.id()));
        ReaderSearch.Hit fallback = readers.search(language("ky"), true, "выборах", null, null, 1).hits().stream()
                .filter(hit -> hit.articleId().equals(article.id()))
                .findFirst()
                .orElseThrow();
        assertThat(fallback.fallback()).isTrue();
        assertThat(fallback.language()).isEqualTo("ru");
    }

    @Test
    void aTranslatorForKazakhNeverFindsRussianDrafts() {
        String token = "zqxperm" + System.nanoTime();
        fixture.article("ru")
                .draft("ru", Fixture.text("Черновик " + token, "Вступление"))
                .create();
        String editor = fixture.account("perm-editor", Role.EDITOR);
        await().atMost(WAIT)
                .until(() -> !SignedIn.as(editor, () -> backOffice.articleIds(token, null, null, 10))
                        .isEmpty());
        String translator = fixture.account("perm-translator", Role.TRANSLATOR, "kk");
        assertThat(SignedIn.as(translator, () -> backOffice.articleIds(token, null, null, 10)))
                .isEmpty();
        assertThat(SignedIn.as(translator, () -> backOffice.articleIds(token, null, "ru", 10)))
                .isEmpty();
    }

    private ReaderSearch.Hit hit(String code, String query, Long articleId) {
        return readers.search(language(code), true, query, null, null, 1).hits().stream()
                .filter(hit -> hit.articleId().equals(articleId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(query + " did not find article " + articleId));
    }

    @Test
    void aLatinOrMistypedQueryMarksTheCyrillicWordsItFoundInTheSnippet() {
        Fixture.Article article = fixture.article("kk")
                .published(
                        "kk",
                        Fixture.text(
                                "Қарағанды облысындағы кеңес",
                                "Кіріспе",
                                "Кеңесте шахтерлер жалақы мәселесін көтерді. Жиналыста келесі кеңес күзге белгіленді."))
                .create();
        await().atMost(WAIT).until(() -> found("kk", "jinalysta").contains(article.id()));
        // the other script: «jinalysta» and «keñeste» are marked where the text has «Жиналыста» and «Кеңесте»
        assertThat(hit("kk", "jinalysta", article.id()).snippet()).contains("<mark>Жиналыста</mark>");
        assertThat(hit("kk", "keñeste", article.id()).snippet()).contains("<mark>Кеңесте</mark>");
        // a typo in a long word
        assertThat(hit("kk", "жиналыпта", article.id()).snippet()).contains("<mark>Жиналыста</mark>");
    }

    @Test
    void aDecimalNumberIsFoundAndASnippetFromTheMiddleOfTheTextSaysItIsCutShort() {
        String before = "Delegates discussed the water quotas for the coming season at length. ".repeat(6);
        String after = "The next session will review the quotas of the northern districts. ".repeat(6);
        Fixture.Article english = fixture.article("en")
                .published(
                        "en",
                        Fixture.text(
                                "Quarterly figures",
                                "Intro",
                                before + "Inflation reached 5.2 percent in June. " + after))
                .create();
        Fixture.Article russian = fixture.article("ru")
                .published("ru", Fixture.text("Квартальные данные", "Вступление", "Инфляция составила 5,2 процента."))
                .create();
        await().atMost(WAIT).until(() -> found("en", "5.2").contains(english.id()));
        await().atMost(WAIT).until(() -> found("ru", "5,2").contains(russian.id()));
        assertThat(found("en", "inflation 5.2")).contains(english.id());

        String snippet = hit("en", "5.2", english.id()).snippet();
        assertThat(snippet).contains("<mark>5.2</mark>").startsWith("…").endsWith("…");
        assertThat(hit("ru", "5,2", russian.id()).snippet())
                .as("a text shown whole is not cut short")
                .doesNotContain("…");
    }

    @Test
    void theReadersOwnLanguageRanksBeforeAFallbackThatMatchesAsWell() {
        String token = "zqxrank" + Long.toString(System.nanoTime(), 36);
        Fixture.Article own = fixture.article("ru")
                .dated(Instant.parse("2020-01-01T05:00:00Z"))
                .published("ru", Fixture.text("Отчёт " + token, "Вступление", "Итоги года: " + token + "."))
                .create();
        // English only, so the Russian listing shows it as a fallback; newer, and its text names the word twice
        Fixture.Article fallback = fixture.article("en")
                .dated(Instant.parse("2024-01-01T05:00:00Z"))
                .published(
                        "en",
                        Fixture.text("Report " + token, "Intro", "The year's results: " + token + ", " + token + "."))
                .create();
        await().atMost(WAIT).until(() -> found("ru", token).containsAll(List.of(own.id(), fallback.id())));
        assertThat(found("ru", token)).containsExactly(own.id(), fallback.id());
        assertThat(hit("ru", token, fallback.id()).fallback()).isTrue();
        // in the English listing the same English text is the reader's own, and the Russian one is not shown at all
        assertThat(found("en", token)).containsExactly(fallback.id());
    }
}
