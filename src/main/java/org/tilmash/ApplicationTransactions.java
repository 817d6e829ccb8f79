package org.tilmash;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.util.function.SingletonSupplier;

/**
 * Tilmash's transactions when its tables are in the application's database: the application's own transaction
 * manager, under Tilmash's name, so that a transaction of either joins the other's. It is looked up once, at the
 * first transaction, as the application may define it after Tilmash.
 */
final class ApplicationTransactions implements PlatformTransactionManager {

    private final SingletonSupplier<PlatformTransactionManager> application;

    ApplicationTransactions(ObjectProvider<PlatformTransactionManager> application) {
        this.application = SingletonSupplier.of(application::getObject);
    }

    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) {
        return application.obtain().getTransaction(definition);
    }

    @Override
    public void commit(TransactionStatus status) {
        application.obtain().commit(status);
    }

    @Override
    public void rollback(TransactionStatus status) {
        application.obtain().rollback(status);
    }
}
