package org.tilmash.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.support.Fixture;
import org.tilmash.support.SearchIndexing;
import org.tilmash.support.TilmashTest;

/**
 * Entries are made from content at start for every article that has none, not only when there are none at all: a
 * stop while they were being made (an existing database meeting search for the first time) leaves some articles with
 * entries and the rest without, and the next start must make the rest. Before, any entry at all meant "done", and the
 * articles left without entries were never found.
 */
@TilmashTest
class MissingEntriesAtStartTest {

    @Autowired
    Fixture fixture;

    @Autowired
    IndexOnStart onStart;

    @Autowired
    PublicEntryRepository publicEntries;

    @Autowired
    EditorialEntryRepository editorialEntries;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    ReaderSearch readers;

    @Autowired
    LanguageRegistry languages;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anArticleLeftWithoutEntriesGetsThemAtTheNextStartAndIsFoundAgain() {
        String word = "qwxbridge" + Long.toString(System.nanoTime(), 36);
        Fixture.Article other = fixture.article("en")
                .published("en", Fixture.text("Ferry resumes", "Intro"))
                .create();
        Fixture.Article article = fixture.article("en")
                .published("en", Fixture.text("Bridge opened " + word, "Intro"))
                .create();
        SearchIndexing.awaitQuiet(jdbc);
        transactions.executeWithoutResult(status -> {
            publicEntries.deleteAll(publicEntries.findByArticleId(article.id()));
            editorialEntries.deleteAll(editorialEntries.findByArticleId(article.id()));
        });
        assertThat(editorialEntries.findByArticleId(other.id())).isNotEmpty();
        assertThat(found(word)).isEmpty();

        assertThat(onStart.startRebuildIfBehind()).as("a rebuild started").isTrue();
        await().atMost(Duration.ofMinutes(2)).until(() -> !onStart.rebuilding());

        assertThat(editorialEntries.findByArticleId(article.id())).isNotEmpty();
        assertThat(found(word)).containsExactly(article.id());
    }

    @Test
    void onlyTheArticlesWithoutAnEntryPerVersionAreMadeAgain() {
        Fixture.Article article = fixture.article("en")
                .published("en", Fixture.text("Pass reopened", "Intro"))
                .published("ru", Fixture.text("Перевал открыт", "Вступление"))
                .create();
        SearchIndexing.awaitQuiet(jdbc);
        indexer.makeMissingEntries(done -> {}, () -> false);
        transactions.executeWithoutResult(status -> editorialEntries.delete(
                editorialEntries.findByArticleId(article.id()).getFirst()));

        assertThat(indexer.makeMissingEntries(done -> {}, () -> false))
                .as("articles refreshed")
                .isEqualTo(1);
        assertThat(editorialEntries.findByArticleId(article.id())).hasSize(2);
        assertThat(indexer.makeMissingEntries(done -> {}, () -> false)).isZero();
    }

    private List<Long> found(String query) {
        return Found.articles(readers, languages.find("en").orElseThrow(), query);
    }
}
