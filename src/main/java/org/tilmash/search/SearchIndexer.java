package org.tilmash.search;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
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

    private final ContentService content;
    private final ReaderQueries reader;
    private final LanguageRegistry languages;
    private final PublicEntryRepository publicEntries;
    private final EditorialEntryRepository editorialEntries;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    SearchIndexer(
            ContentService content,
            ReaderQueries reader,
            LanguageRegistry languages,
            PublicEntryRepository publicEntries,
            EditorialEntryRepository editorialEntries,
            EntityManager entityManager,
            TransactionTemplate transactions) {
        this.content = content;
        this.reader = reader;
        this.languages = languages;
        this.publicEntries = publicEntries;
        this.editorialEntries = editorialEntries;
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /** Brings the entries of one article up to date with content: what changed, what went live, what was withdrawn. */
    @Transactional
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
     * Rebuilds every entry (and so its document) from content, a batch of articles per transaction, reporting progress
     * as batches commit. Readers keep searching meanwhile: each batch replaces its own documents as it commits.
     */
    public long rebuild(LongConsumer progress) {
        long done = 0;
        Long after = 0L;
        List<Long> batch;
        while (!(batch = content.articleIdsAfter(after, BATCH)).isEmpty()) {
            List<Long> ids = batch;
            transactions.executeWithoutResult(status -> ids.forEach(this::refresh));
            done += ids.size();
            after = ids.getLast();
            progress.accept(done);
        }
        return done;
    }

    /** Indexes every entry again from the tables (a lost or damaged index). */
    public void massIndex() {
        try (EntityManager own = entityManager.getEntityManagerFactory().createEntityManager()) {
            Search.session(own)
                    .massIndexer(PublicEntry.class, EditorialEntry.class)
                    .threadsToLoadObjects(1)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Mass indexing interrupted");
        }
    }

    static String plain(String intro, String body) {
        String text = body == null || body.isBlank() ? "" : Jsoup.parse(body).text();
        return intro == null || intro.isBlank() ? text : intro.strip() + "\n" + text;
    }
}
