package org.tilmash.content;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
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
 * Keeps {@link ListingEntry} rows, section counters and the counts per month and day in step with what is live: called
 * whenever a version of an article is published or withdrawn, and rebuilt whole at start-up when the configured
 * fallback chains changed.
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
    private final ListingPeriodRepository periods;
    private final LanguageRegistry languages;
    private final ApplicationEventPublisher events;

    ReaderListing(
            ListingEntryRepository entries,
            ListingStateRepository state,
            ArticleVersionRepository versions,
            SectionCounterRepository counters,
            ListingPeriodRepository periods,
            LanguageRegistry languages,
            ApplicationEventPublisher events) {
        this.events = events;
        this.entries = entries;
        this.state = state;
        this.versions = versions;
        this.counters = counters;
        this.periods = periods;
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
        Set<ListingPeriod.Key> touched = new HashSet<>();
        for (Language language : languages.all()) {
            Optional<ArticleVersion> shown = languages.chain(language).stream()
                    .map(candidate -> live.get(candidate.code()))
                    .filter(version -> version != null)
                    .findFirst();
            ListingEntry entry = existing.get(language.code());
            if (entry != null) {
                touched.add(ListingPeriod.Key.of(entry));
            }
            if (shown.isEmpty()) {
                if (entry != null) {
                    entries.delete(entry);
                }
                continue;
            }
            if (entry == null) {
                entry = entries.save(new ListingEntry(language.code(), shown.get()));
            } else {
                entry.show(shown.get());
            }
            touched.add(ListingPeriod.Key.of(entry));
        }
        entries.flush();
        // The counters' locks first: refreshes of the same section and language count one after the other.
        List<SectionCounter> sectionCounters = touched.stream()
                .map(day -> new SectionCounter.Key(day.sectionId(), day.language()))
                .distinct()
                .map(this::lock)
                .toList();
        touched.forEach(this::recountDay);
        touched.stream().map(ListingPeriod.Key::month).distinct().forEach(this::recountMonth);
        sectionCounters.forEach(this::recountSection);
    }

    private SectionCounter lock(SectionCounter.Key key) {
        return counters.lock(key.sectionId(), key.language())
                .orElseGet(() -> counters.save(new SectionCounter(key.sectionId(), key.language())));
    }

    /** A section's counter is the sum of its months, counted just before. */
    private void recountSection(SectionCounter counter) {
        PeriodCount total = PeriodCount.sum(
                periods.sectionTotals(counter.getLanguage(), counter.getSectionId(), 0, ListingPeriod.LAST_MONTH));
        counter.recount(Math.toIntExact(total.published()), Math.toIntExact(total.listed()));
    }

    private void recountDay(ListingPeriod.Key day) {
        Instant from = ListingPeriod.start(day.period());
        Instant until = ListingPeriod.end(day.period());
        String language = day.language();
        recount(
                day,
                entries.countBetween(language, day.sectionId(), OWN, from, until),
                entries.countBetween(language, day.sectionId(), ALL, from, until));
    }

    /** A month is the sum of its days, counted just before. */
    private void recountMonth(ListingPeriod.Key month) {
        PeriodCount total = PeriodCount.sum(periods.sectionTotals(
                month.language(),
                month.sectionId(),
                ListingPeriod.firstDayOf(month.period()),
                ListingPeriod.lastDayOf(month.period())));
        recount(month, total.published(), total.listed());
    }

    /** A period without articles has no row. */
    private void recount(ListingPeriod.Key key, long published, long listed) {
        Optional<ListingPeriod> kept = periods.lock(key.language(), key.sectionId(), key.period());
        if (listed == 0) {
            kept.ifPresent(periods::delete);
            return;
        }
        kept.orElseGet(() -> periods.save(new ListingPeriod(key))).recount(published, listed);
    }

    @Override
    @TilmashTransactional
    public void run(ApplicationArguments args) {
        String chains = languages.all().stream()
                .map(language -> language.code() + ":" + String.join(",", language.fallbacks()))
                .collect(Collectors.joining(";"));
        // Locked (V250 gives it its row): instances starting at once check and rebuild one after the other.
        ListingState current = state.lock(ListingState.SINGLETON).orElse(null);
        if (current != null && current.getChains().equals(chains)) {
            if (periods.count() == 0) {
                // Listings kept from before periods were counted (V250): counted once, in two statements.
                periods.countEveryDay();
                periods.countEveryMonth();
            }
            return;
        }
        entries.deleteAllEntries();
        counters.deleteAllInBatch();
        periods.deleteAllInBatch();
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
