package com.example.portal;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.function.SingletonSupplier;
import org.tilmash.support.Postgres;

/**
 * {@link TilmashInItsOwnDatabaseTest} with the newsroom on PostgreSQL while the portal stays on its embedded database:
 * the two need not even be the same kind of database.
 */
@ExtendWith(Postgres.class)
class TilmashInItsOwnPostgresDatabaseTest extends TilmashInItsOwnDatabaseTest {

    /** Created once, when the context first reads it: a property's supplier is asked at every read. */
    private static final SingletonSupplier<String> NEWSROOM =
            SingletonSupplier.of(() -> Postgres.freshDatabase("newsroom"));

    @DynamicPropertySource
    static void newsroomOnPostgres(DynamicPropertyRegistry registry) {
        registry.add("portal.newsroom-database.url", NEWSROOM::obtain);
        registry.add("portal.newsroom-database.username", () -> "postgres");
    }
}
