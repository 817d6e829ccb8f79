package org.tilmash.migration;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why an old site's database cannot be read, as the import page says it. The driver's message is in English (or in the
 * database server's language) and names the driver's internals, so it goes to the log for the operator only; the
 * administrator is told which kind of failure it was, from the SQLState (and MySQL's own error codes, which its
 * drivers give with a less telling state), each kind with its own message in the bundles.
 */
final class UnreadableDatabase {

    private static final Logger log = LoggerFactory.getLogger(UnreadableDatabase.class);
    private static final Pattern HOST = Pattern.compile("^jdbc:[a-z]+://([^/?]+)");

    /** MySQL and MariaDB error codes. */
    private static final int ACCESS_DENIED = 1045;

    private static final int UNKNOWN_DATABASE = 1049;
    private static final int NO_SUCH_TABLE = 1146;

    /**
     * Invalid authorization (a user the server does not know), on PostgreSQL a wrong password, and a server that was
     * reached but turned the connection away (PostgreSQL's driver says so of a password the server asked for and was
     * not given).
     */
    private static final Set<String> LOGIN_STATES = Set.of("28000", "28P01", "08004");
    /** PostgreSQL's "database does not exist". */
    private static final Set<String> NO_DATABASE_STATES = Set.of("3D000");
    /** Base table or view not found: ODBC's state (MySQL, MariaDB) and PostgreSQL's. */
    private static final Set<String> NO_TABLE_STATES = Set.of("42S02", "42P01");

    private UnreadableDatabase() {}

    /** The explanation of {@code error} for the administrator; the error itself is logged. */
    static SourceException explain(SQLException error, ImportSource.Joomla source) {
        log.warn(
                "The Joomla database {} cannot be read (SQLState {}, error code {})",
                source,
                error.getSQLState(),
                error.getErrorCode(),
                error);
        return switch (kind(error)) {
            case NO_CONNECTION -> new SourceException("import.error.dbConnect", Map.of("host", host(source.jdbcUrl())));
            case LOGIN_REFUSED -> new SourceException("import.error.dbLogin", Map.of());
            case NO_DATABASE -> new SourceException("import.error.dbMissing", Map.of());
            case NO_TABLES -> new SourceException("import.error.dbTables", Map.of("prefix", source.prefix()));
            case OTHER -> new SourceException("import.error.database", Map.of());
        };
    }

    enum Kind {
        NO_CONNECTION,
        LOGIN_REFUSED,
        NO_DATABASE,
        NO_TABLES,
        OTHER
    }

    static Kind kind(SQLException error) {
        for (SQLException each = error; each != null; each = each.getNextException()) {
            String state = String.valueOf(each.getSQLState());
            int code = each.getErrorCode();
            // Before the connection class 08, which 08004 belongs to.
            if (LOGIN_STATES.contains(state) || code == ACCESS_DENIED) {
                return Kind.LOGIN_REFUSED;
            }
            if (state.startsWith("08") || causedByNetwork(each)) {
                return Kind.NO_CONNECTION;
            }
            if (NO_DATABASE_STATES.contains(state) || code == UNKNOWN_DATABASE) {
                return Kind.NO_DATABASE;
            }
            if (NO_TABLE_STATES.contains(state) || code == NO_SUCH_TABLE) {
                return Kind.NO_TABLES;
            }
        }
        return Kind.OTHER;
    }

    /** Drivers that give no SQLState for a server they never reached still have the socket's exception as a cause. */
    private static boolean causedByNetwork(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** The server's host (and port) as the administrator wrote it in the address, never credentials before an @. */
    static String host(String jdbcUrl) {
        Matcher matcher = HOST.matcher(jdbcUrl);
        String host = matcher.find() ? matcher.group(1) : "";
        return host.substring(host.lastIndexOf('@') + 1);
    }
}
