package org.tilmash.search;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tilmash.workflow.WorkflowEvents;

/**
 * Follows the workflow after commit: whatever it recorded about a version (a save, a transition, an import), the
 * article's entries are rebuilt, so drafts reach the back-office index and published text the readers' index, and a
 * withdrawn version leaves it. Delivered through the event publication registry: a crash loses nothing. An article
 * indexed while a mass indexing of the index runs is indexed again once it ends ({@link RebuildWindow}).
 */
@Component
class IndexingListener {

    private final SearchIndexer indexer;
    private final RebuildWindow rebuild;

    IndexingListener(SearchIndexer indexer, RebuildWindow rebuild) {
        this.indexer = indexer;
        this.rebuild = rebuild;
    }

    @Async
    @TransactionalEventListener
    void on(WorkflowEvents.VersionChanged event) {
        RebuildWindow.Ticket ticket = rebuild.ticket();
        indexer.refreshAlone(event.articleId());
        if (rebuild.indexed(ticket, event.articleId())) {
            indexer.reindexAlone(event.articleId());
        }
    }
}
