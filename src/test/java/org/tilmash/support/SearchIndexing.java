package org.tilmash.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search index follows every editorial change after commit, on other threads. Tests that count SQL statements
 * or compare the whole database first wait until it has caught up: until no indexing event is left in the event
 * publication registry.
 */
public final class SearchIndexing {

    private SearchIndexing() {}

    public static void awaitQuiet(JdbcTemplate jdbc) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where listener_id like '%IndexingListener%'",
                                Integer.class)
                        == 0);
    }
}
