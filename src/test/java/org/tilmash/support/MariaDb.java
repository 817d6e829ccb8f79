package org.tilmash.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The local MariaDB (127.0.0.1:3306) that plays an old Joomla site's database, as {@code .ci/run} prepares it: user
 * {@code tilmash_test} (password the same) may create databases named {@code tilmash_*}. Before the first test that
 * needs it, creates a fresh {@code tilmash_joomla} database: the only one these tests create or drop.
 *
 * <p>Like {@link Postgres}: without a server the class is disabled with the reason (reported as skipped); with
 * {@code CI=true} it fails instead.
 */
public final class MariaDb implements ExecutionCondition, BeforeAllCallback {

    public static final String HOST = System.getProperty("tilmash.test.mariadb.host", "127.0.0.1:3306");
    public static final String DATABASE = System.getProperty("tilmash.test.mariadb.database", "tilmash_joomla");
    public static final String USER = System.getProperty("tilmash.test.mariadb.user", "tilmash_test");
    public static final String PASSWORD = System.getProperty("tilmash.test.mariadb.password", "tilmash_test");
    public static final String URL = "jdbc:mariadb://" + HOST + "/" + DATABASE;
    private static final String SERVER_URL = "jdbc:mariadb://" + HOST + "/";
    private static final String WHAT = "MariaDB on " + HOST + " (user " + USER + ")";

    private static Boolean prepared;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (prepare() || Environment.onCi()) {
            return ConditionEvaluationResult.enabled(WHAT + " is required");
        }
        return ConditionEvaluationResult.disabled(Environment.missing(WHAT));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Environment.require(prepare(), WHAT);
    }

    private static synchronized boolean prepare() {
        if (prepared == null) {
            prepared = recreateDatabase();
        }
        return prepared;
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
