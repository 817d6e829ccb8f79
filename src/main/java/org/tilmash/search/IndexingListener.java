package org.tilmash.search;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tilmash.workflow.WorkflowEvents;

/**
 * Follows the workflow after commit: whatever it recorded about a version (a save, a transition, an import), the
 * article's entries are rebuilt, so drafts reach the back-office index and published text the readers' index, and a
 * withdrawn version leaves it. Delivered through the event publication registry: a crash loses nothing.
 */
@Component
class IndexingListener {

    private final SearchIndexer indexer;

    IndexingListener(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @Async
    @TransactionalEventListener
    void on(WorkflowEvents.VersionChanged event) {
        indexer.refreshAlone(event.articleId());
    }
}
