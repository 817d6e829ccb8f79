package org.tilmash.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tilmash.support.Postgres;

/**
 * PostgreSQL's plan for a listing page over 100 000 listed articles: the first page and page 5000 both read the
 * listing index in order and never sort. The rows are generated in a transaction that is rolled back.
 */
@ExtendWith(Postgres.class)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class ListingPlanPostgresTest {

    /** The listing query as the application sends it, {@code %s} standing for its {@code withFallbacks} parameter. */
    private static final String LISTING = "select e.article_id from tilmash_listing_entry e where e.language = 'zz'"
            + " and (e.fallback = false or %s = true) order by e.dateline desc, e.article_id desc limit 10 offset ";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }

    @Test
    void deepListingPagesUseTheIndexAndNeverSort() {
        transaction.executeWithoutResult(status -> {
            generate(100_000);
            for (boolean withFallbacks : List.of(true, false)) {
                for (int offset : List.of(0, 49_990)) {
                    String plan = String.join(
                            "\n",
                            jdbc.queryForList("explain " + LISTING.formatted(withFallbacks) + offset, String.class));
                    // With fallbacks the fallback column is not read at all: an index-only scan.
                    assertThat(plan)
                            .as("page at offset %d, fallbacks %s", offset, withFallbacks)
                            .containsPattern("Index (Only )?Scan Backward using ix_listing_language")
                            .doesNotContain("Sort");
                }
            }
            status.setRollbackOnly();
        });
    }

    private void generate(int articles) {
        jdbc.update("insert into tilmash_section (slug, position) values ('plan-check', 999)");
        jdbc.update(
                "insert into tilmash_article (section_id, source_language, author, created_at, updated_at, listed_at)"
                        + " select (select id from tilmash_section where slug = 'plan-check'), 'en', 'plan-check', now(), now(),"
                        + " now()"
                        + " from generate_series(1, ?)",
                articles);
        jdbc.update(
                "insert into tilmash_article_version (article_id, section_id, language, state, outdated, slug, published_at,"
                        + " state_changed_at, state_changed_by, version) select a.id, a.section_id, 'zz', 'PUBLISHED', false,"
                        + " 'plan-' || a.id, now() - (a.id || ' minutes')::interval, now(), 'plan-check', 0"
                        + " from tilmash_article a where a.author = 'plan-check'");
        jdbc.update(
                "insert into tilmash_listing_entry (language, article_id, section_id, version_id, dateline, fallback)"
                        + " select 'zz', v.article_id, v.section_id, v.id, v.published_at, false from tilmash_article_version v"
                        + " where v.language = 'zz'");
        jdbc.execute("analyze tilmash_listing_entry");
    }
}
