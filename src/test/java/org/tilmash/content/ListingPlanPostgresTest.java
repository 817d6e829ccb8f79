package org.tilmash.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tilmash.support.Postgres;

/**
 * The readers' listing queries over 100 000 listed articles on PostgreSQL read only the rows they show: a page deep in
 * the archive joins its ten versions, not the fifty thousand it skips; the neighbours of an article in the middle
 * start their walk at the article; an article's own entries are found by index. Rows read are PostgreSQL's own
 * counters for the current transaction, in which the articles are generated and which is rolled back.
 */
@ExtendWith(Postgres.class)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class ListingPlanPostgresTest {

    private static final int ARTICLES = 100_000;
    private static final String LANGUAGE = "zz";
    /** Generous for the rows a page really needs, far below the thousands a scan from the start reads. */
    private static final long FEW = 100;

    private static final Instant END_OF_TIME = Instant.parse("9999-01-01T00:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ListingEntryRepository entries;

    @Autowired
    ListingPeriodRepository periods;

    @Autowired
    ReaderQueries reader;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }

    @Test
    void listingQueriesReadOnlyTheRowsTheyShow() {
        transaction.executeWithoutResult(status -> {
            long newest = generate();
            deepPages(newest);
            pagesNextToAnArticle(newest);
            pagesByNumber(newest);
            neighbours(newest - ARTICLES / 2);
            ownEntries(newest);
            status.setRollbackOnly();
        });
    }

    /** A page deep in the archive joins its ten versions, not the fifty thousand it skips. */
    private void deepPages(long newest) {
        Long section = jdbc.queryForObject("select id from tilmash_section where slug = 'plan-check'", Long.class);
        for (boolean withFallbacks : List.of(true, false)) {
            long before = rowsRead("tilmash_article_version");
            List<ListedArticle> page = entries.page(LANGUAGE, withFallbacks, END_OF_TIME, 49_990, 10);
            List<ListedArticle> sectionPage =
                    entries.sectionPage(LANGUAGE, section, withFallbacks, END_OF_TIME, 49_990, 10);
            assertThat(rowsRead("tilmash_article_version") - before)
                    .as("versions read for two pages, fallbacks %s", withFallbacks)
                    .isLessThan(FEW);
            assertThat(page)
                    .extracting(ListedArticle::articleId)
                    .as("the 49 991st to 50 000th newest")
                    .containsExactlyElementsOf(range(newest - 49_990, 10));
            assertThat(sectionPage)
                    .extracting(ListedArticle::articleId)
                    .containsExactlyElementsOf(range(newest - 49_990, 10));
        }
    }

    /**
     * A deep page reached by "next" or "previous" starts its walk at the article it follows or precedes: it reads as
     * few listing entries as the first page, where the same page found by its number walks the fifty thousand
     * entries before it.
     */
    private void pagesNextToAnArticle(long newest) {
        Long section = jdbc.queryForObject("select id from tilmash_section where slug = 'plan-check'", Long.class);
        PageRequest ten = PageRequest.of(0, 10);
        long before = rowsRead("tilmash_listing_entry");
        List<ListedArticle> after = entries.older(LANGUAGE, false, newest - 49_989, ten);
        List<ListedArticle> afterInSection = entries.olderInSection(LANGUAGE, section, false, newest - 49_989, ten);
        List<ListedArticle> precedingNext = entries.newer(LANGUAGE, false, newest - 50_000, ten);
        assertThat(rowsRead("tilmash_listing_entry") - before)
                .as("entries read for three pages started next to an article")
                .isLessThan(FEW);
        assertThat(after).extracting(ListedArticle::articleId).containsExactlyElementsOf(range(newest - 49_990, 10));
        assertThat(afterInSection)
                .extracting(ListedArticle::articleId)
                .containsExactlyElementsOf(range(newest - 49_990, 10));
        assertThat(precedingNext)
                .extracting(ListedArticle::articleId)
                .containsExactlyElementsOf(range(newest - 49_990, 10).reversed());

        long byOffset = rowsRead("tilmash_listing_entry");
        entries.page(LANGUAGE, false, END_OF_TIME, 49_990, 10);
        assertThat(rowsRead("tilmash_listing_entry") - byOffset)
                .as("the same page by an offset from the newest walks the entries before it")
                .isGreaterThan(10_000);
    }

    /**
     * A deep page found by its number skips whole months and days by their counts, and walks the listing's index
     * only within the day it starts in: it reads about as few entries as the first page.
     */
    private void pagesByNumber(long newest) {
        periods.deleteAllInBatch();
        periods.countEveryDay();
        periods.countEveryMonth();
        Long sectionId = jdbc.queryForObject("select id from tilmash_section where slug = 'plan-check'", Long.class);
        SectionView section = reader.sections().stream()
                .filter(shown -> shown.id().equals(sectionId))
                .findFirst()
                .orElseThrow();
        for (ReaderQueries.Scope scope : ReaderQueries.Scope.values()) {
            long before = rowsRead("tilmash_listing_entry");
            List<ListedArticle> page = reader.page(LANGUAGE, Optional.empty(), scope, 4_999, 10);
            List<ListedArticle> sectionPage = reader.page(LANGUAGE, Optional.of(section), scope, 4_999, 10);
            assertThat(rowsRead("tilmash_listing_entry") - before)
                    .as("entries read for page 5 000 of all news and of the section by number, %s", scope)
                    .isLessThan(FEW);
            assertThat(page).extracting(ListedArticle::articleId).containsExactlyElementsOf(range(newest - 49_990, 10));
            assertThat(sectionPage)
                    .extracting(ListedArticle::articleId)
                    .containsExactlyElementsOf(range(newest - 49_990, 10));
        }
    }

    /** The neighbours of an article in the middle start their walk at the article, not at the newest entry. */
    private void neighbours(long middle) {
        long before = rowsRead("tilmash_listing_entry");
        List<ListedArticle> older = entries.older(LANGUAGE, false, middle, PageRequest.of(0, 1));
        List<ListedArticle> newer = entries.newer(LANGUAGE, false, middle, PageRequest.of(0, 1));
        assertThat(rowsRead("tilmash_listing_entry") - before)
                .as("entries read for neighbours")
                .isLessThan(FEW);
        assertThat(older).extracting(ListedArticle::articleId).containsExactly(middle - 1);
        assertThat(newer).extracting(ListedArticle::articleId).containsExactly(middle + 1);
    }

    /**
     * An article's own entries are found by their own index, not by a walk through every language's listing (which
     * reads no more rows from the table, so only the plan shows it).
     */
    private void ownEntries(long newest) {
        assertThat(entries.listingsOf(newest)).hasSize(1);
        String plan = String.join(
                "\n",
                jdbc.queryForList(
                        "explain select e.language, v.id from tilmash_listing_entry e, tilmash_article_version v"
                                + " where v.id = e.version_id and e.article_id = " + newest,
                        String.class));
        assertThat(plan).contains("ix_listing_article");
    }

    /** Rows this transaction has read from the table so far, by sequential scans and through indexes. */
    private long rowsRead(String table) {
        return jdbc.queryForObject(
                "select coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) from pg_stat_xact_user_tables"
                        + " where relname = ?",
                Long.class,
                table);
    }

    /** Ids counting down from {@code first}: articles are listed newest (highest id) first. */
    private static List<Long> range(long first, int count) {
        return LongStream.range(0, count).map(i -> first - i).boxed().toList();
    }

    /** One section of {@value #ARTICLES} articles an hour apart (24 a day, 11 years), each live and listed in one language. */
    private long generate() {
        jdbc.update("insert into tilmash_section (slug, position) values ('plan-check', 999)");
        jdbc.update(
                "insert into tilmash_article (section_id, source_language, author, created_at, updated_at, listed_at)"
                        + " select (select id from tilmash_section where slug = 'plan-check'), 'zz', 'plan-check',"
                        + " now(), now(), now() from generate_series(1, ?)",
                ARTICLES);
        jdbc.update(
                "insert into tilmash_article_version (article_id, section_id, language, state, outdated, slug,"
                        + " published_at, state_changed_at, state_changed_by, version) select a.id, a.section_id, ?,"
                        + " 'PUBLISHED', false, 'plan-' || a.id, timestamptz '2020-01-01 00:00:00+00' + a.id"
                        + " * interval '1 hour', now(), 'plan-check', 0 from tilmash_article a"
                        + " where a.author = 'plan-check'",
                LANGUAGE);
        jdbc.update(
                "insert into tilmash_revision (version_id, number, title, intro, body, author, created_at)"
                        + " select v.id, 1, 'Plan ' || v.article_id, '', '', 'plan-check', now()"
                        + " from tilmash_article_version v where v.language = ?",
                LANGUAGE);
        jdbc.update(
                "update tilmash_article_version v set published_revision_id = r.id from tilmash_revision r"
                        + " where r.version_id = v.id and v.language = ?",
                LANGUAGE);
        jdbc.update(
                "insert into tilmash_listing_entry (language, article_id, section_id, version_id, dateline, fallback)"
                        + " select v.language, v.article_id, v.section_id, v.id, v.published_at, false"
                        + " from tilmash_article_version v where v.language = ?",
                LANGUAGE);
        jdbc.execute("analyze tilmash_listing_entry");
        jdbc.execute("analyze tilmash_article_version");
        return jdbc.queryForObject("select max(id) from tilmash_article where author = 'plan-check'", Long.class);
    }
}
