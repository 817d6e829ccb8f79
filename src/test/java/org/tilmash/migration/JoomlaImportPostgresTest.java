package org.tilmash.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tilmash.support.Postgres;

/**
 * Tilmash on PostgreSQL (its mapping tables included) importing an old Joomla site that ran on PostgreSQL too; the
 * old site's tables, with a prefix of their own, sit in the same test database.
 */
@ExtendWith(Postgres.class)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class JoomlaImportPostgresTest extends JoomlaImportContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }

    @Override
    Connection joomla() throws SQLException {
        return DriverManager.getConnection(Postgres.URL, "postgres", "");
    }

    @Override
    JoomlaSchema.Dialect dialect() {
        return JoomlaSchema.Dialect.POSTGRESQL;
    }

    @Override
    ImportSource source(OldJoomla site) {
        return site.source(Postgres.URL, "postgres", "");
    }
}
