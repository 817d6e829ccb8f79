package org.tilmash.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.tilmash.content.ContentService;

/**
 * At start: an index that holds fewer documents than the entries it is built from (lost, deleted as unreadable, or
 * new) is rebuilt from the entries in the background, and entries that were never made (an existing database
 * meeting search for the first time) are made from content. Readers are served meanwhile.
 */
@Component
class IndexOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexOnStart.class);

    private final SearchProperties properties;
    private final SearchIndexer indexer;
    private final PublicEntryRepository publicEntries;
    private final EditorialEntryRepository editorialEntries;
    private final ContentService content;
    private final EntityManagerFactory entityManagerFactory;
    private final AtomicBoolean running = new AtomicBoolean();

    IndexOnStart(
            SearchProperties properties,
            SearchIndexer indexer,
            PublicEntryRepository publicEntries,
            EditorialEntryRepository editorialEntries,
            ContentService content,
            EntityManagerFactory entityManagerFactory) {
        this.properties = properties;
        this.indexer = indexer;
        this.publicEntries = publicEntries;
        this.editorialEntries = editorialEntries;
        this.content = content;
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!properties.reindexOnStart() || arguments.containsOption(ReindexCommand.OPTION)) {
            return;
        }
        boolean noEntries = editorialEntries.count() == 0 && content.articleCount() > 0;
        boolean indexBehind = indexed(EditorialEntry.class) < editorialEntries.count()
                || indexed(PublicEntry.class) < publicEntries.count();
        if ((noEntries || indexBehind) && running.compareAndSet(false, true)) {
            new SimpleAsyncTaskExecutor("search-rebuild-").execute(() -> {
                try {
                    if (noEntries) {
                        log.info("Search: making entries for every article");
                        indexer.rebuild(done -> log.info("Search: {} articles indexed", done));
                    } else {
                        log.info("Search: the index is behind its entries, rebuilding it");
                        indexer.massIndex();
                    }
                    log.info("Search: index ready");
                } finally {
                    running.set(false);
                }
            });
        }
    }

    private long indexed(Class<?> type) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager)
                    .search(type)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
    }
}
