package org.tilmash.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The local MariaDB (127.0.0.1:3306) that plays an old Joomla site's database, as {@code .ci/run} prepares it: user
 * {@code tilmash_test} (password the same) may create databases named {@code tilmash_*}. Before the first test that
 * needs it, creates a fresh {@code tilmash_joomla} database: the only one these tests create or drop.
 *
 * <p>Without a server its tests are skipped with the reason, or fail with {@code CI=true} ({@link ExternalServer}).
 */
public final class MariaDb extends ExternalServer {

    public static final String HOST = System.getProperty("tilmash.test.mariadb.host", "127.0.0.1:3306");
    public static final String DATABASE = System.getProperty("tilmash.test.mariadb.database", "tilmash_joomla");
    public static final String USER = System.getProperty("tilmash.test.mariadb.user", "tilmash_test");
    public static final String PASSWORD = System.getProperty("tilmash.test.mariadb.password", "tilmash_test");
    public static final String URL = "jdbc:mariadb://" + HOST + "/" + DATABASE;
    private static final String SERVER_URL = "jdbc:mariadb://" + HOST + "/";
    private static final String WHAT = "MariaDB on " + HOST + " (user " + USER + ")";

    @Override
    protected String what() {
        return WHAT;
    }

    @Override
    protected boolean prepareOnce() {
        return recreateDatabase();
    }

    private static boolean recreateDatabase() {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
            return true;
        } catch (SQLException unavailable) {
            return false;
        }
    }
}
