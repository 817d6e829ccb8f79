package org.tilmash;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

/**
 * Tilmash's own Flyway run: its migrations ({@code classpath:db/tilmash}) with their own history table, on the
 * application's data source, before anything uses the database (see {@link TilmashMigrationsDetector}). A host's
 * Flyway, its locations and its history are left alone.
 */
public class TilmashMigrations implements InitializingBean {

    static final String LOCATION = "classpath:db/tilmash";
    static final String HISTORY = "tilmash_schema_history";
    /** Where the standalone application kept its history before Tilmash could live inside a host. */
    static final String FORMER_HISTORY = "flyway_schema_history";

    private final DataSource dataSource;

    TilmashMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        adoptFormerHistory();
        Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY)
                // The schema may hold a host application's tables: Tilmash's history then starts from an empty
                // baseline beside them instead of refusing a schema it did not create.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /**
     * An installation from before the table prefix kept Tilmash's history in Flyway's default table: it becomes
     * Tilmash's, so its data is upgraded in place instead of migrated again.
     */
    private void adoptFormerHistory() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!tableExists(connection, HISTORY)
                    && tableExists(connection, FORMER_HISTORY)
                    && holdsTilmashFoundation(connection)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE \"" + FORMER_HISTORY + "\" RENAME TO \"" + HISTORY + "\"");
                }
            }
        }
    }

    private static boolean holdsTilmashFoundation(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from \"" + FORMER_HISTORY
                        + "\" where \"version\" = '1' and \"description\" = 'foundation'")) {
            return rows.next() && rows.getLong(1) > 0;
        }
    }

    private static boolean tableExists(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, name, null)) {
            while (tables.next()) {
                String schema = tables.getString("TABLE_SCHEM");
                if (schema == null || schema.equalsIgnoreCase(connection.getSchema())) {
                    return true;
                }
            }
            return false;
        }
    }
}
