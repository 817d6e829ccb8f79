package org.tilmash;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database Tilmash's modules work in: the application's own (its primary {@code DataSource}, entity manager and
 * transactions) by default, or, with {@code tilmash.database.data-source}, a data source the host names, with an
 * entity manager and transactions of Tilmash's own ({@link TilmashOwnDatabaseAutoConfiguration}). Modules take their
 * JDBC access, entity manager and programmatic transactions from here, and declare transactions with
 * {@link TilmashTransactional}, so they never land in the host's database by accident.
 */
public final class TilmashDatabase {

    /** The name of the transaction manager for Tilmash's work; never a default candidate for the host's. */
    public static final String TRANSACTIONS = "tilmashTransactionManager";

    private final DataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;
    private final PlatformTransactionManager transactionManager;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    TilmashDatabase(
            DataSource dataSource,
            EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager) {
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
        this.transactionManager = transactionManager;
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    /** The entity manager of the current Tilmash transaction (a shared, thread-bound proxy, like an injected one). */
    public EntityManager entityManager() {
        return entityManager;
    }

    public PlatformTransactionManager transactionManager() {
        return transactionManager;
    }

    /** A new template for a transaction in Tilmash's database, to be configured by the caller if needed. */
    public TransactionTemplate transaction() {
        return new TransactionTemplate(transactionManager);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
