package org.tilmash.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.tilmash.TilmashDatabase;
import org.tilmash.content.ContentService;
import org.tilmash.workflow.JobLeases;

/**
 * At start: an index that holds fewer documents than the entries it is built from (lost, deleted as unreadable, or
 * new) is rebuilt from the entries in the background, and entries that were never made (an existing database
 * meeting search for the first time, or a stop during their making) are made from content. Readers are served
 * meanwhile, and the workflow's changes go on being indexed: what the listener indexes while the mass indexer runs
 * is indexed once more when it ends ({@link RebuildWindow}), so no change made meanwhile is lost to an older document
 * the mass indexer wrote after it.
 *
 * <p>An index shared by every node (OpenSearch) is rebuilt by one node only: the rebuild is claimed through a lease in
 * the database ({@link JobLeases}, judged by the database's clock, renewed while it runs); a node that finds the lease
 * held leaves the rebuild to its holder. (With OpenSearch, Hibernate Search's outbox-polling agents also pause while
 * mass indexing runs and apply the changes made meanwhile afterwards.) Each node's own Lucene index is its own to
 * rebuild.
 */
@Component
class IndexOnStart implements ApplicationRunner, DisposableBean {

    static final String LEASE = "search-rebuild";
    private static final Duration LEASE_TIME = Duration.ofMinutes(2);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(IndexOnStart.class);

    private final SearchProperties properties;
    private final SearchIndexer indexer;
    private final PublicEntryRepository publicEntries;
    private final EditorialEntryRepository editorialEntries;
    private final ContentService content;
    private final EntityManagerFactory entityManagerFactory;
    private final RebuildWindow window;
    private final JobLeases leases;
    private final AtomicBoolean running = new AtomicBoolean();
    private final RebuildThread rebuildThread = new RebuildThread();

    IndexOnStart(
            SearchProperties properties,
            SearchIndexer indexer,
            PublicEntryRepository publicEntries,
            EditorialEntryRepository editorialEntries,
            ContentService content,
            TilmashDatabase database,
            RebuildWindow window,
            JobLeases leases) {
        this.properties = properties;
        this.indexer = indexer;
        this.publicEntries = publicEntries;
        this.editorialEntries = editorialEntries;
        this.content = content;
        this.entityManagerFactory = database.entityManagerFactory();
        this.window = window;
        this.leases = leases;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (properties.reindexOnStart() && !arguments.containsOption(ReindexCommand.OPTION)) {
            startRebuildIfBehind();
        }
    }

    /**
     * Starts the rebuild in the background when the index is behind its entries (or there are no entries yet), unless
     * one runs here already or, for a shared index, another node holds its lease.
     *
     * @return whether this node started a rebuild
     */
    boolean startRebuildIfBehind() {
        // One entry per version: fewer when search meets an existing database, or a stop ended the making of entries.
        boolean entriesMissing = editorialEntries.count() < content.versionCount();
        boolean indexBehind = indexed(EditorialEntry.class) < editorialEntries.count()
                || indexed(PublicEntry.class) < publicEntries.count();
        if (!(entriesMissing || indexBehind) || !running.compareAndSet(false, true)) {
            return false;
        }
        boolean shared = properties.openSearch();
        if (shared && !leases.claim(LEASE, leases.instance(), LEASE_TIME)) {
            log.info("Search: another node is rebuilding the shared index");
            running.set(false);
            return false;
        }
        rebuildThread.start(() -> {
            ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable ->
                    Thread.ofPlatform().daemon().name("search-rebuild-lease").unstarted(runnable));
            if (shared) {
                renewals.scheduleWithFixedDelay(
                        () -> leases.claim(LEASE, leases.instance(), LEASE_TIME),
                        LEASE_TIME.toSeconds() / 3,
                        LEASE_TIME.toSeconds() / 3,
                        TimeUnit.SECONDS);
            }
            try {
                if (entriesMissing) {
                    // Entries made article by article under the same lock as the listener's: nothing to catch up.
                    log.info("Search: making the entries articles lack");
                    indexer.makeMissingEntries(
                            done -> log.info("Search: {} articles indexed", done), rebuildThread::stopping);
                } else {
                    log.info("Search: the index is behind its entries, rebuilding it");
                    rebuildIndex(() -> rebuildThread.cancellable(indexer::massIndex));
                }
                if (rebuildThread.stopping()) {
                    log.info("Search: the rebuild stopped with the application; the next start takes it up again");
                } else {
                    log.info("Search: index ready");
                }
            } finally {
                renewals.shutdownNow();
                if (shared) {
                    leases.release(LEASE, leases.instance());
                }
                running.set(false);
            }
        });
        return true;
    }

    /** Mass indexing, then every article the listener indexed meanwhile once more from its current entries. */
    void rebuildIndex(Runnable massIndexing) {
        window.open();
        Set<Long> again;
        try {
            massIndexing.run();
        } finally {
            again = window.close();
        }
        if (!again.isEmpty() && !rebuildThread.stopping()) {
            log.info("Search: indexing {} articles changed during the rebuild once more", again.size());
            again.forEach(indexer::reindexAlone);
        }
    }

    boolean rebuilding() {
        return running.get();
    }

    /**
     * A rebuild in progress ends before the database and the index close (this bean goes before what it uses); what
     * it left undone stays behind (the index behind its entries, or entries behind versions), so the next start
     * takes it up.
     */
    @Override
    public void destroy() throws InterruptedException {
        rebuildThread.stop(STOP_WAIT);
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
