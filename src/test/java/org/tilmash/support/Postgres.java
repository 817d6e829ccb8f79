package org.tilmash.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The local PostgreSQL (127.0.0.1:5432, user {@code postgres}, trust auth, as on CI). Before the first test that
 * needs it, creates a fresh {@code tilmash_test} database; a test whose several applications must see nothing of the
 * other tests' cached contexts gets a database of its own ({@link #freshDatabase}). These are the only databases
 * these tests create or drop.
 * Without a server its tests are skipped with the reason, or fail with {@code CI=true} ({@link ExternalServer}).
 */
public final class Postgres extends ExternalServer {

    public static final String HOST = System.getProperty("tilmash.test.pg.host", "127.0.0.1:5432");
    public static final String DATABASE = System.getProperty("tilmash.test.pg.database", "tilmash_test");
    public static final String URL = "jdbc:postgresql://" + HOST + "/" + DATABASE;
    private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + "/postgres";
    private static final String USER = "postgres";
    private static final String WHAT = "PostgreSQL on " + HOST;

    @Override
    protected String what() {
        return WHAT;
    }

    @Override
    protected boolean prepareOnce() {
        return recreateDatabase();
    }

    private static boolean recreateDatabase() {
        try {
            recreate(DATABASE);
            return true;
        } catch (SQLException unavailable) {
            return false;
        }
    }

    private static void recreate(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database + " encoding 'UTF8' template template0");
        }
    }

    /**
     * An empty database {@code tilmash_test_<suffix>} (dropped first if a previous run left it) and its JDBC URL:
     * for tests whose applications register themselves in shared tables (search agents, cluster nodes), where the
     * still-running contexts of other tests would otherwise take part.
     */
    public static String freshDatabase(String suffix) {
        String database = DATABASE + "_" + suffix;
        try {
            recreate(database);
        } catch (SQLException unavailable) {
            throw new IllegalStateException("cannot create " + database + " on " + HOST, unavailable);
        }
        return "jdbc:postgresql://" + HOST + "/" + database;
    }

    /** Points a Spring context at the test database. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        // Each test context stays cached with its pool while others run, and other builds share the server: idle
        // contexts keep one connection, not ten, so the server's connection limit is not reached.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> 8);
        registry.add("spring.datasource.hikari.minimum-idle", () -> 1);
        registry.add("spring.datasource.hikari.idle-timeout", () -> 10_000);
    }
}
