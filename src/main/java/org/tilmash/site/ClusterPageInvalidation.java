package org.tilmash.site;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tilmash.TilmashDatabase;

/**
 * Page-cache evictions across instances ({@code tilmash.cluster.enabled}). As a {@link PagePurge}, it writes the keys
 * this instance evicted into {@code tilmash_page_invalidation} and, on PostgreSQL, sends {@code NOTIFY
 * tilmash_pages} in the same transaction. A thread of its own waits on a connection outside the pool that
 * {@code LISTEN}s, and reads the table whenever a notification arrives and at least every
 * {@code tilmash.cluster.poll-interval}: a notification lost to a reconnect or a pooler still converges within that
 * interval. On H2 it only polls. The table is read by the database's clock over the last minute (rows are written in
 * tiny transactions that commit at once), each row is applied once, and rows older than an hour are deleted.
 */
@Component
@ConditionalOnBooleanProperty("tilmash.cluster.enabled")
class ClusterPageInvalidation implements PagePurge, SmartLifecycle {

    static final String CHANNEL = "tilmash_pages";
    private static final int MAX_KEYS_LENGTH = 4000;
    private static final Logger log = LoggerFactory.getLogger(ClusterPageInvalidation.class);

    private final PageCache cache;
    private final SectionSnapshot sections;
    private final ClusterProperties properties;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final DataSource dataSource;
    private final Environment environment;
    private final boolean postgres;

    /** Rows of the last minute already applied (or written by this instance). */
    private final Set<Long> seen = new HashSet<>();

    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection listening;
    private long lastCleanup;

    ClusterPageInvalidation(
            PageCache cache,
            SectionSnapshot sections,
            ClusterProperties properties,
            TilmashDatabase database,
            Environment environment) {
        this.cache = cache;
        this.sections = sections;
        this.properties = properties;
        this.jdbc = database.jdbc();
        // Called after the change's own commit, while its resources are still bound: a transaction of its own.
        this.ownTransaction = database.transaction();
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.dataSource = database.dataSource();
        this.environment = environment;
        this.postgres = isPostgres(dataSource);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException unavailable) {
            throw new IllegalStateException("Cannot tell which database this is", unavailable);
        }
    }

    @Override
    public void purge(Set<String> keys) {
        String joined = keys.stream().sorted().collect(Collectors.joining(" "));
        if (joined.length() > MAX_KEYS_LENGTH) {
            joined = PageTags.SITE;
        }
        String row = joined;
        try {
            announce(row);
        } catch (RuntimeException failed) {
            // The change itself is committed; its author must not see a failure. Other instances' pages stay until
            // they expire (tilmash.site.cache-max-age) or the next eviction of the same keys.
            log.error("Could not announce the eviction of {} to the other instances", row, failed);
        }
    }

    private void announce(String row) {
        Long id = ownTransaction.execute(status -> {
            GeneratedKeyHolder generated = new GeneratedKeyHolder();
            jdbc.update(
                    connection -> {
                        PreparedStatement insert = connection.prepareStatement(
                                "insert into tilmash_page_invalidation (surrogate_keys, origin) values (?, ?)",
                                new String[] {"id"});
                        insert.setString(1, row);
                        insert.setString(2, properties.getNodeId());
                        return insert;
                    },
                    generated);
            long inserted = generated.getKey().longValue();
            if (postgres) {
                // Delivered to the listeners when this transaction commits.
                jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, String.valueOf(inserted));
            }
            return inserted;
        });
        synchronized (seen) {
            seen.add(id);
        }
    }

    /** Applies the rows of the last minute this instance has not applied yet. */
    void poll() {
        List<Row> rows = jdbc.query(
                "select id, surrogate_keys, origin from tilmash_page_invalidation"
                        + " where created_at > current_timestamp - interval '60' second order by id",
                (result, index) -> new Row(result.getLong(1), result.getString(2), result.getString(3)));
        Set<String> keys = new LinkedHashSet<>();
        synchronized (seen) {
            for (Row row : rows) {
                if (seen.add(row.id()) && !row.origin().equals(properties.getNodeId())) {
                    keys.addAll(Arrays.asList(row.keys().split(" ")));
                }
            }
            seen.retainAll(rows.stream().map(Row::id).collect(Collectors.toSet()));
        }
        if (!keys.isEmpty()) {
            // Whatever another instance changed may have moved a section counter.
            sections.forget();
        }
        if (keys.contains(PageTags.SITE)) {
            cache.evictAll();
        } else if (!keys.isEmpty()) {
            cache.evict(keys);
        }
        long now = System.nanoTime();
        if (now - lastCleanup > 60_000_000_000L) {
            lastCleanup = now;
            jdbc.update(
                    "delete from tilmash_page_invalidation where created_at < current_timestamp - interval '1' hour");
        }
    }

    private record Row(long id, String keys, String origin) {}

    private void listen() {
        int interval = (int) Math.max(50, properties.getPollInterval().toMillis());
        while (running) {
            try {
                if (postgres) {
                    PGConnection connection = listeningConnection();
                    connection.getNotifications(interval);
                } else {
                    Thread.sleep(interval);
                }
                poll();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | SQLException failed) {
                if (!running) {
                    return;
                }
                log.warn("Cross-node page eviction: {}; reconnecting in a second", failed.toString());
                closeListening();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The connection that LISTENs, outside the pool: a pooled connection would be handed to others. */
    private PGConnection listeningConnection() throws SQLException {
        Connection current = listening;
        if (current == null || current.isClosed()) {
            current = openListening();
            try (Statement statement = current.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            }
            listening = current;
            // What was written while no one listened.
            poll();
        }
        return current.unwrap(PGConnection.class);
    }

    /**
     * {@code tilmash.cluster.listen-url} if set (a pooler in between would drop notifications), else the database of
     * Tilmash's connection pool, with the pool's credentials.
     */
    private Connection openListening() throws SQLException {
        String url = properties.getListenUrl();
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            return DriverManager.getConnection(
                    url.isBlank() ? pool.getJdbcUrl() : url, pool.getUsername(), pool.getPassword());
        }
        return DriverManager.getConnection(
                url.isBlank() ? environment.getRequiredProperty("spring.datasource.url") : url,
                environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""));
    }

    private void closeListening() {
        Connection current = listening;
        listening = null;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException ignored) {
                // Broken already.
            }
        }
    }

    @Override
    public void start() {
        running = true;
        Thread thread = new Thread(this::listen, "page-invalidation");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
        closeListening();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
