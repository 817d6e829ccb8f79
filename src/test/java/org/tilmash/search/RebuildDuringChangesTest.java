package org.tilmash.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.support.Fixture;
import org.tilmash.support.SearchIndexing;
import org.tilmash.support.TilmashTest;

/**
 * The start-up rebuild runs while the workflow goes on: the mass indexer loads an entry and writes its document a
 * moment later, and a change the listener indexed in between must not be undone by that older document. Hibernate
 * Search has no hook between its loading and its writing, so the test plays the mass indexer's late write itself,
 * inside the real rebuild: the real mass indexing runs, a new text of the article goes live and the listener indexes
 * it, then the document of the entry as the mass indexer had loaded it is written. Before the rebuild caught up with
 * the changes made during it, readers did not find the article by its new text until its next change.
 */
@TilmashTest
class RebuildDuringChangesTest {

    @Autowired
    Fixture fixture;

    @Autowired
    IndexOnStart onStart;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    PublicEntryRepository publicEntries;

    @Autowired
    ReaderSearch readers;

    @Autowired
    LanguageRegistry languages;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private List<Long> found(String query) {
        return Found.articles(readers, languages.find("en").orElseThrow(), query);
    }

    @Test
    void anArticleRepublishedWhileTheIndexIsRebuiltIsFoundByItsNewTextOnceTheRebuildEnds() {
        String before = "qwxdamold" + Long.toString(System.nanoTime(), 36);
        String after = "qwxdamnew" + Long.toString(System.nanoTime(), 36);
        Fixture.Article article = fixture.article("en")
                .published("en", Fixture.text("Dam repaired " + before, "Intro"))
                .create();
        SearchIndexing.awaitQuiet(jdbc);
        assertThat(found(before)).contains(article.id());

        onStart.rebuildIndex(() -> {
            indexer.massIndex();
            // What the mass indexer had loaded before a new text went live...
            PublicEntry loaded = transactions.execute(
                    status -> publicEntries.findByArticleId(article.id()).getFirst());
            fixture.publish(
                    article.id(),
                    "en",
                    Fixture.text("Dam reopened " + after, "Intro"),
                    article.editor(),
                    article.reviewer());
            SearchIndexing.awaitQuiet(jdbc);
            assertThat(found(after)).as("indexed by the listener").contains(article.id());
            // ...written after the listener indexed the new text.
            transactions.executeWithoutResult(
                    status -> Search.session(entityManager).indexingPlan().addOrUpdate(loaded));
            assertThat(found(after)).as("the mass indexer's late write").doesNotContain(article.id());
        });

        assertThat(found(after)).as("readers once the rebuild ended").contains(article.id());
        assertThat(found(before)).doesNotContain(article.id());
    }
}
