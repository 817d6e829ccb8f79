package org.tilmash.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.stat.EntityStatistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tilmash.accounts.Role;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.support.Fixture;
import org.tilmash.support.OpenSearchNode;
import org.tilmash.support.SignedIn;
import org.tilmash.workflow.Workflow;

/**
 * Tilmash with {@code tilmash.search.backend=opensearch} against a real OpenSearch node: what readers and editors
 * find follows the workflow as with the embedded backend, and every change reaches the engine through the outbox
 * table. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class OpenSearchBackendContract {

    private static final Duration WAIT = Duration.ofSeconds(60);

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

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchProperties properties;

    String publicIndex() {
        return "/" + properties.opensearch().indexPrefix() + "public_entry-read";
    }

    private Language language(String code) {
        return languages.find(code).orElseThrow();
    }

    private List<ReaderSearch.Hit> hits(String code, String query) {
        return readers.search(language(code), true, query, null, null, 1).hits();
    }

    private List<Long> found(String code, String query) {
        return hits(code, query).stream().map(ReaderSearch.Hit::articleId).toList();
    }

    @Test
    void readersFindKazakhAndRussianInflectedAndKazakhInLatinScript() {
        Fixture.Article article = fixture.article("ru")
                .dated(Instant.parse("2022-05-06T05:00:00Z"))
                .published(
                        "ru",
                        Fixture.text(
                                "Собрание в акимате Талгарского района",
                                "Вступление",
                                "Жители обсудили строительство новой школы."))
                .published(
                        "kk",
                        Fixture.text(
                                "Талғар ауданындағы жиналыс",
                                "Кіріспе",
                                "Жиналыста тұрғындар жаңа мектептің құрылысын талқылады."))
                .create();
        await().atMost(WAIT).until(() -> found("kk", "жиналыстар").contains(article.id()));
        assertThat(found("kk", "мектептер")).contains(article.id());
        assertThat(found("kk", "ЖИНАЛЫСТЫҢ")).contains(article.id());
        // Latin script for Cyrillic text, with and without a case ending
        assertThat(found("kk", "jinalys")).contains(article.id());
        assertThat(found("kk", "zhinalysta")).contains(article.id());
        // Russian through Snowball: «собрании» and «школы» meet «Собрание» and «школы»
        await().atMost(WAIT).until(() -> found("ru", "собрании").contains(article.id()));
        assertThat(found("ru", "школа")).contains(article.id());
        ReaderSearch.Hit hit = hits("kk", "жиналыстар").stream()
                .filter(h -> h.articleId().equals(article.id()))
                .findFirst()
                .orElseThrow();
        assertThat(hit.language()).isEqualTo("kk");
        assertThat(hit.fallback()).isFalse();
        assertThat(hit.snippet()).contains("<mark>Жиналыста</mark>");
        // found through the transliterated field, and marked all the same
        assertThat(hits("kk", "jinalysta").stream()
                        .filter(h -> h.articleId().equals(article.id()))
                        .findFirst()
                        .orElseThrow()
                        .snippet())
                .contains("<mark>Жиналыста</mark>");
    }

    @Test
    void draftsNeverReachReadersAndUnpublishingRemovesAVersion() {
        String reviewer = fixture.account("os-reviewer", Role.REVIEWER, "ru", "ky");
        String editor = fixture.account("os-editor", Role.EDITOR);
        String secret = "qwxossecret" + System.nanoTime();
        Fixture.Article article = fixture.article("ru")
                .reviewedBy(reviewer)
                .published("ru", Fixture.text("Выборы в Оше", "Вступление", "Горожане голосовали весь день."))
                .published("ky", Fixture.text("Оштогу шайлоо", "Киришүү", "Шаардыктар шайлоого катышты."))
                .create();
        await().atMost(WAIT).until(() -> found("ky", "шайлоодо").contains(article.id()));

        SignedIn.run(
                editor,
                () -> workflow.save(article.id(), "ky", Fixture.text("Оштогу " + secret, "Киришүү"), Optional.empty()));
        await().atMost(WAIT)
                .until(() -> SignedIn.as(editor, () -> backOffice.articleIds(secret, null, null, 10))
                        .contains(article.id()));
        assertThat(found("ky", secret)).isEmpty();
        assertThat(found("ru", secret)).isEmpty();

        SignedIn.run(reviewer, () -> workflow.unpublish(article.version("ky")));
        await().atMost(WAIT).until(() -> !found("ky", "шайлоо").contains(article.id()));
        // the Russian version takes its place in the Kyrgyz listing, marked as a fallback
        await().atMost(WAIT).until(() -> found("ky", "выборах").contains(article.id()));
        ReaderSearch.Hit fallback = hits("ky", "выборах").stream()
                .filter(hit -> hit.articleId().equals(article.id()))
                .findFirst()
                .orElseThrow();
        assertThat(fallback.fallback()).isTrue();
        assertThat(fallback.language()).isEqualTo("ru");
    }

    @Test
    void changesReachTheEngineThroughTheOutbox() {
        EntityStatistics outbox = outboxStatistics();
        long written = outbox.getInsertCount();
        long processed = outbox.getDeleteCount();
        String token = "qwxoutbox" + System.nanoTime();
        Fixture.Article article = fixture.article("en")
                .published("en", Fixture.text("Harvest report " + token, "Intro", "Farmers counted the harvest."))
                .create();
        await().atMost(WAIT).until(() -> found("en", token).contains(article.id()));
        // the transaction wrote events to the outbox table, and a processor consumed them: the table is emptied
        assertThat(outbox.getInsertCount()).isGreaterThan(written);
        await().atMost(WAIT).until(() -> outbox.getDeleteCount() > processed);
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject("select count(*) from tilmash_search_outbox_event", Long.class) == 0);
        // and the document is in OpenSearch itself, in an index analysed by our settings
        assertThat(OpenSearchNode.post(
                        publicIndex() + "/_count", "{\"query\":{\"match\":{\"text_en\":\"" + token + "\"}}}"))
                .contains("\"count\":");
        assertThat(OpenSearchNode.get(publicIndex() + "/_settings")).contains("tilmash_kk_stem_0");
    }

    private EntityStatistics outboxStatistics() {
        SessionFactory sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
        String name = Arrays.stream(sessionFactory.getStatistics().getEntityNames())
                .filter(entity -> entity.contains("OutboxEvent"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No outbox entity is mapped"));
        return sessionFactory.getStatistics().getEntityStatistics(name);
    }
}
