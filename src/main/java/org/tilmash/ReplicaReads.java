package org.tilmash;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tilmash.i18n.TilmashPaths;

/**
 * Sends the public site's read-only transactions to the replica ({@code tilmash.replica.url}) and everything else to
 * Tilmash's data source (the application's {@code dataSource}, or {@code tilmash.database.data-source}): Spring's
 * {@link LazyConnectionDataSourceProxy} fetches a connection only at the first statement, once it knows the
 * transaction is read-only, and then takes it from the read-only source.
 *
 * <p>The back office, its API and previews read the primary even in read-only transactions, so an editor never sees
 * their own change missing because the replica lags behind; readers may, for as long as the replica lags.
 */
final class ReplicaReads implements BeanPostProcessor, DisposableBean {

    private final ReplicaProperties replica;
    private final String primaryName;
    private final ObjectProvider<TilmashPaths> paths;
    private HikariDataSource pool;

    ReplicaReads(ReplicaProperties replica, String primaryName, ObjectProvider<TilmashPaths> paths) {
        this.replica = replica;
        this.primaryName = primaryName;
        this.paths = paths;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!primaryName.equals(name) || !(bean instanceof DataSource primary) || pool != null) {
            return bean;
        }
        pool = replicaPool();
        LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
        routing.setReadOnlyDataSource(new PublicReadsOnly(pool, primary, paths));
        return routing;
    }

    private HikariDataSource replicaPool() {
        HikariDataSource replicaPool = new HikariDataSource();
        replicaPool.setPoolName("tilmash-replica");
        replicaPool.setJdbcUrl(replica.getUrl());
        replicaPool.setUsername(replica.getUsername());
        replicaPool.setPassword(replica.getPassword());
        replicaPool.setMaximumPoolSize(replica.getMaximumPoolSize());
        replicaPool.setMinimumIdle(1);
        replicaPool.setReadOnly(true);
        return replicaPool;
    }

    @Override
    public void destroy() {
        if (pool != null) {
            pool.close();
        }
    }

    /** The replica for the public site's requests and for work outside requests; the primary for the back office. */
    private static final class PublicReadsOnly extends DelegatingDataSource {

        private final DataSource primary;
        private final ObjectProvider<TilmashPaths> paths;

        PublicReadsOnly(DataSource replica, DataSource primary, ObjectProvider<TilmashPaths> paths) {
            super(replica);
            this.primary = primary;
            this.paths = paths;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return backOffice() ? primary.getConnection() : super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return backOffice() ? primary.getConnection(username, password) : super.getConnection(username, password);
        }

        private boolean backOffice() {
            if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
                return false;
            }
            TilmashPaths tilmash = paths.getIfAvailable();
            String path = TilmashPaths.pathOf(request.getRequest());
            return tilmash == null
                    || tilmash.isBackOffice(path)
                    || TilmashPaths.isUnder(path, tilmash.getPreview())
                    || !tilmash.owns(path);
        }
    }
}
