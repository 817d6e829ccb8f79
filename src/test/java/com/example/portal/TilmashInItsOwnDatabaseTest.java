package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.tilmash.TilmashDatabase;

/**
 * The portal with Tilmash's tables in a database of their own ({@code tilmash.database.data-source}, see
 * {@link PortalNewsroomDatabase}): everything {@link TilmashInThePortalTest} checks still holds, and each database
 * holds only its own application's tables.
 */
@ActiveProfiles({"test", "portal", "portal-own-database"})
class TilmashInItsOwnDatabaseTest extends TilmashInThePortalTest {

    /** The newsroom's database, as the portal declared it. */
    JdbcTemplate newsroom() {
        return new JdbcTemplate(context.getBean("newsroomDataSource", DataSource.class));
    }

    @Override
    @Test
    void bothApplicationsMigrateTheirOwnTablesWithTheirOwnHistory() {
        thePortalMigratedItsOwnTables();
        assertThat(tables(jdbc))
                .as("the portal's database")
                // Spring Modulith's event publication registry serves the whole application, from its database.
                .contains("portal_note", "flyway_schema_history", "event_publication")
                .noneMatch(table -> table.startsWith("tilmash_"));

        assertThat(newsroom().queryForList("select \"script\" from \"tilmash_schema_history\"", String.class))
                .contains("V1__foundation.sql", "V180__tilmash_table_prefix.sql");
        assertThat(newsroom().queryForObject("select count(*) from tilmash_article", Integer.class))
                .as("the demo newsroom, written through Tilmash's own entity manager")
                .isPositive();
        assertThat(tables(newsroom()))
                .as("the newsroom's database")
                .contains("tilmash_article", "tilmash_session")
                .doesNotContain("portal_note", "flyway_schema_history");
    }

    @Test
    void theHostsOwnPersistenceBeansStayTheDefaultOnes() {
        EntityManagerFactory hosts = context.getBean("entityManagerFactory", EntityManagerFactory.class);
        assertThat(context.getBean(EntityManagerFactory.class)).isSameAs(hosts);
        assertThat(context.getBean(EntityManager.class).getEntityManagerFactory())
                .as("an unqualified EntityManager is still the host's")
                .isEqualTo(hosts);
        assertThat(context.getBean(PlatformTransactionManager.class)).isSameAs(context.getBean("transactionManager"));
        assertThat(context.getBean(DataSource.class)).isSameAs(context.getBean("dataSource"));

        TilmashDatabase tilmash = context.getBean(TilmashDatabase.class);
        assertThat(tilmash.dataSource()).isSameAs(context.getBean("newsroomDataSource"));
        assertThat(tilmash.entityManagerFactory()).isNotEqualTo(hosts);
        assertThat(context.getBean(TilmashDatabase.TRANSACTIONS, JpaTransactionManager.class)
                        .getDataSource())
                .as("Tilmash's transactions are the newsroom database's")
                .isSameAs(context.getBean("newsroomDataSource"));
    }

    private static List<String> tables(JdbcTemplate database) {
        return database.queryForList(
                "select lower(table_name) from information_schema.tables where table_schema = current_schema()",
                String.class);
    }
}
