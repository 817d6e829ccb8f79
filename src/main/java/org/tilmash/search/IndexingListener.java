package org.tilmash.search;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tilmash.workflow.WorkflowEvents;

/**
 * Follows the workflow after commit: whatever it recorded about a version (a save, a transition, an import), the
 * article's entries are rebuilt, so drafts reach the back-office index and published text the readers' index, and a
 * withdrawn version leaves it. Delivered through the event publication registry: a crash loses nothing.
 *
 * <p>One article's refreshes run one after the other (a lock per article, taken before the transaction starts), so
 * the last to commit has read the latest text; a refresh that another node's raced into a duplicate row is retried.
 */
@Component
class IndexingListener {

    private static final int STRIPES = 64;

    private final SearchIndexer indexer;
    private final TransactionTemplate transactions;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    IndexingListener(SearchIndexer indexer, TransactionTemplate transactions) {
        this.indexer = indexer;
        this.transactions = transactions;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    @Async
    @TransactionalEventListener
    void on(WorkflowEvents.VersionChanged event) {
        ReentrantLock lock = locks[Math.floorMod(event.articleId().hashCode(), STRIPES)];
        lock.lock();
        try {
            try {
                transactions.executeWithoutResult(status -> indexer.refresh(event.articleId()));
            } catch (DataIntegrityViolationException raced) {
                transactions.executeWithoutResult(status -> indexer.refresh(event.articleId()));
            }
        } finally {
            lock.unlock();
        }
    }
}
