package org.tilmash.search;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tilmash.TilmashDatabase;
import org.tilmash.TilmashTransactional;
import org.tilmash.content.ContentService;
import org.tilmash.content.PublishedVersion;
import org.tilmash.content.ReaderQueries;
import org.tilmash.content.VersionView;
import org.tilmash.i18n.LanguageRegistry;

/**
 * Keeps the search module's entries in step with content, one article at a time: every version's working text for
 * the back office, and what each language's listing shows for readers. Hibernate Search indexes the entries as the
 * transaction commits.
 */
@Service
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 200;
    private static final int STRIPES = 64;

    private final ContentService content;
    private final ReaderQueries reader;
    private final LanguageRegistry languages;
    private final PublicEntryRepository publicEntries;
    private final EditorialEntryRepository editorialEntries;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    SearchIndexer(
            ContentService content,
            ReaderQueries reader,
            LanguageRegistry languages,
            PublicEntryRepository publicEntries,
            EditorialEntryRepository editorialEntries,
            TilmashDatabase database) {
        this.content = content;
        this.reader = reader;
        this.languages = languages;
        this.publicEntries = publicEntries;
        this.editorialEntries = editorialEntries;
        this.entityManager = database.entityManager();
        this.transactions = database.transaction();
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * Refreshes one article in a transaction of its own, after any other refresh of the same article on this node
     * (a lock per article, taken before the transaction starts, so the last to commit has read the latest text); a
     * refresh that another node raced into a duplicate row is tried once more.
     */
    public void refreshAlone(Long articleId) {
        ReentrantLock lock = locks[Math.floorMod(articleId.hashCode(), STRIPES)];
        lock.lock();
        try {
            try {
                transactions.executeWithoutResult(status -> refresh(articleId));
            } catch (DataIntegrityViolationException raced) {
                transactions.executeWithoutResult(status -> refresh(articleId));
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes the documents of one article again from its current entries, and removes the readers' documents of
     * languages it has no entry for, after any refresh of the same article on this node: whatever a mass indexing wrote
     * for it from an older state is replaced.
     */
    public void reindexAlone(Long articleId) {
        ReentrantLock lock = locks[Math.floorMod(articleId.hashCode(), STRIPES)];
        lock.lock();
        try {
            transactions.executeWithoutResult(status -> {
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                editorialEntries.findByArticleId(articleId).forEach(plan::addOrUpdate);
                Set<String> shown = new HashSet<>();
                for (PublicEntry entry : publicEntries.findByArticleId(articleId)) {
                    plan.addOrUpdate(entry);
                    shown.add(entry.getId());
                }
                for (String language : languages.codes()) {
                    String id = PublicEntry.id(language, articleId);
                    if (!shown.contains(id)) {
                        plan.purge(PublicEntry.class, id, null);
                    }
                }
            });
        } finally {
            lock.unlock();
        }
    }

    /** Brings the entries of one article up to date with content: what changed, what went live, what was withdrawn. */
    @TilmashTransactional
    public void refresh(Long articleId) {
        List<VersionView> versions = content.versionsOf(articleId);
        Map<Long, EditorialEntry> editorial = new HashMap<>();
        editorialEntries.findByArticleId(articleId).forEach(entry -> editorial.put(entry.getVersionId(), entry));
        for (VersionView version : versions) {
            EditorialEntry entry = editorial.remove(version.id());
            boolean created = entry == null;
            if (created) {
                entry = new EditorialEntry(version.id(), articleId);
            }
            entry.show(
                    version.language(),
                    version.state().name(),
                    version.sectionId(),
                    version.working().title(),
                    plain(version.working().intro(), version.working().body()),
                    version.stateChangedAt());
            if (created) {
                entityManager.persist(entry);
            }
        }
        editorialEntries.deleteAll(editorial.values());

        Map<String, PublicEntry> shown = new HashMap<>();
        publicEntries.findByArticleId(articleId).forEach(entry -> shown.put(entry.getId(), entry));
        Map<Long, PublishedVersion> live = new HashMap<>();
        reader.liveVersions(articleId).values().forEach(version -> live.put(version.versionId(), version));
        reader.listings(articleId).values().forEach(listing -> {
            PublishedVersion version = live.get(listing.versionId());
            if (version == null) {
                return;
            }
            String id = PublicEntry.id(listing.listingLanguage(), articleId);
            PublicEntry existing = shown.remove(id);
            PublicEntry entry = existing != null ? existing : new PublicEntry(listing.listingLanguage(), articleId);
            Instant dateline = version.dateline() != null ? version.dateline() : version.publishedAt();
            entry.show(
                    version.language(),
                    !version.language().equals(listing.listingLanguage()),
                    version.versionId(),
                    version.slug(),
                    version.sectionId(),
                    dateline,
                    dateline.atZone(languages.timeZone()).getYear(),
                    version.title(),
                    plain(version.intro(), version.body()));
            if (existing == null) {
                entityManager.persist(entry);
            }
        });
        publicEntries.deleteAll(shown.values());
    }

    /**
     * Rebuilds every entry (and so its document) from content, one article per transaction, reporting progress every
     * batch of 200 articles. Readers keep searching meanwhile: each article's documents are replaced as it commits.
     */
    public long rebuild(LongConsumer progress) {
        return refreshBatches(articleIds -> articleIds, progress, () -> false);
    }

    /**
     * Makes the entries of the articles that have not one per version (search meeting an existing database, or a stop
     * while they were being made), as {@link #rebuild} does, until {@code stop} says so; returns how many articles it
     * refreshed. The others are only counted, 200 at a time.
     */
    public long makeMissingEntries(LongConsumer progress, BooleanSupplier stop) {
        return refreshBatches(this::withoutTheirEntries, progress, stop);
    }

    private long refreshBatches(UnaryOperator<List<Long>> which, LongConsumer progress, BooleanSupplier stop) {
        long done = 0;
        Long after = 0L;
        List<Long> batch;
        while (!stop.getAsBoolean() && !(batch = content.articleIdsAfter(after, BATCH)).isEmpty()) {
            List<Long> refreshed = which.apply(batch);
            refreshed.forEach(this::refreshAlone);
            done += refreshed.size();
            after = batch.getLast();
            if (!refreshed.isEmpty()) {
                progress.accept(done);
            }
        }
        return done;
    }

    private List<Long> withoutTheirEntries(List<Long> articleIds) {
        Map<Long, Long> versions = content.versionCounts(articleIds);
        Map<Long, Long> entries = new HashMap<>();
        editorialEntries.countByArticle(articleIds).forEach(row -> entries.put((Long) row[0], (Long) row[1]));
        return articleIds.stream()
                .filter(id -> !versions.getOrDefault(id, 0L).equals(entries.getOrDefault(id, 0L)))
                .toList();
    }

    /** Indexes every entry again from the tables (a lost or damaged index). */
    public void massIndex() {
        try (EntityManager own = entityManager.getEntityManagerFactory().createEntityManager()) {
            Search.session(own)
                    .massIndexer(PublicEntry.class, EditorialEntry.class)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(100)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.info("Search: mass indexing cancelled");
        }
    }

    static String plain(String intro, String body) {
        String text = body == null || body.isBlank() ? "" : Jsoup.parse(body).text();
        return intro == null || intro.isBlank() ? text : intro.strip() + "\n" + text;
    }
}
