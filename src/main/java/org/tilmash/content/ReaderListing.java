package org.tilmash.content;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tilmash.TilmashTransactional;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;

/**
 * Keeps {@link ListingEntry} rows and section counters in step with what is live: called whenever a version of an
 * article is published or withdrawn, and rebuilt whole at start-up when the configured fallback chains changed.
 */
@Component
@Order(5)
class ReaderListing implements ApplicationRunner {

    private static final boolean OWN = false;
    private static final boolean ALL = true;

    private final ListingEntryRepository entries;
    private final ListingStateRepository state;
    private final ArticleVersionRepository versions;
    private final SectionCounterRepository counters;
    private final LanguageRegistry languages;
    private final ApplicationEventPublisher events;

    ReaderListing(
            ListingEntryRepository entries,
            ListingStateRepository state,
            ArticleVersionRepository versions,
            SectionCounterRepository counters,
            LanguageRegistry languages,
            ApplicationEventPublisher events) {
        this.events = events;
        this.entries = entries;
        this.state = state;
        this.versions = versions;
        this.counters = counters;
        this.languages = languages;
    }

    /** Recomputes what each language lists for one article, and the counters of the sections touched. */
    @TilmashTransactional
    public void refresh(Long articleId) {
        Map<String, ArticleVersion> live = versions.findWithPublished(articleId).stream()
                .filter(ArticleVersion::isLive)
                .collect(Collectors.toMap(ArticleVersion::getLanguage, version -> version));
        Map<String, ListingEntry> existing = entries.findByArticleId(articleId).stream()
                .collect(Collectors.toMap(ListingEntry::getLanguage, entry -> entry));
        Set<SectionCounter.Key> touched = new HashSet<>();
        for (Language language : languages.all()) {
            Optional<ArticleVersion> shown = languages.chain(language).stream()
                    .map(candidate -> live.get(candidate.code()))
                    .filter(version -> version != null)
                    .findFirst();
            ListingEntry entry = existing.get(language.code());
            if (entry != null) {
                touched.add(new SectionCounter.Key(entry.getSectionId(), language.code()));
            }
            if (shown.isEmpty()) {
                if (entry != null) {
                    entries.delete(entry);
                }
                continue;
            }
            if (entry == null) {
                entries.save(new ListingEntry(language.code(), shown.get()));
            } else {
                entry.show(shown.get());
            }
            touched.add(new SectionCounter.Key(shown.get().getSection().getId(), language.code()));
        }
        entries.flush();
        touched.forEach(this::recount);
    }

    private void recount(SectionCounter.Key key) {
        SectionCounter counter = counters.lock(key.sectionId(), key.language())
                .orElseGet(() -> counters.save(new SectionCounter(key.sectionId(), key.language())));
        counter.recount(
                entries.countIn(key.language(), key.sectionId(), OWN),
                entries.countIn(key.language(), key.sectionId(), ALL));
    }

    @Override
    @TilmashTransactional
    public void run(ApplicationArguments args) {
        String chains = languages.all().stream()
                .map(language -> language.code() + ":" + String.join(",", language.fallbacks()))
                .collect(Collectors.joining(";"));
        ListingState current = state.findById(ListingState.SINGLETON).orElse(null);
        if (current != null && current.getChains().equals(chains)) {
            return;
        }
        entries.deleteAllEntries();
        counters.deleteAllInBatch();
        new HashSet<>(versions.findArticlesWithLiveVersions()).forEach(this::refresh);
        // Pages rendered while this ran (the server is already answering) may show the old listings.
        events.publishEvent(new ReaderChanges.ListingsRebuilt());
        if (current == null) {
            state.save(new ListingState(chains));
        } else {
            current.setChains(chains);
        }
    }
}
