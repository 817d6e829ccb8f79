package org.tilmash.search;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tilmash.support.OpenSearchNode;
import org.tilmash.support.Postgres;

/** The OpenSearch backend with PostgreSQL, as several nodes run it: see {@link OpenSearchBackendContract}. */
@ExtendWith({Postgres.class, OpenSearchNode.class})
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class OpenSearchBackendPostgresTest extends OpenSearchBackendContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
        OpenSearchNode.register(registry);
    }
}
