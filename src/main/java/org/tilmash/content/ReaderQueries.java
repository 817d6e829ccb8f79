package org.tilmash.content;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashTransactional;

/**
 * What anonymous readers may see, and nothing else: live versions only, listings from the maintained listing
 * entries, counts from the section counters. Every method costs a fixed number of indexed queries.
 */
@Service
@TilmashTransactional(readOnly = true)
public class ReaderQueries {

    private static final PageRequest FIRST = PageRequest.of(0, 1);

    /** Later than any dateline: the first page's walk starts at the newest entry. */
    private static final Instant END_OF_TIME = Instant.parse("9999-01-01T00:00:00Z");

    private final ListingEntryRepository entries;
    private final ArticleVersionRepository versions;
    private final SectionRepository sections;
    private final SectionCounterRepository counters;
    private final ListingPeriodRepository periods;
    private final FormerSectionSlugRepository formerSlugs;

    ReaderQueries(
            ListingEntryRepository entries,
            ArticleVersionRepository versions,
            SectionRepository sections,
            SectionCounterRepository counters,
            ListingPeriodRepository periods,
            FormerSectionSlugRepository formerSlugs) {
        this.formerSlugs = formerSlugs;
        this.entries = entries;
        this.versions = versions;
        this.sections = sections;
        this.counters = counters;
        this.periods = periods;
    }

    /** Which listed articles to include: those in the language itself only, or fallbacks too. */
    public enum Scope {
        OWN(false),
        WITH_FALLBACKS(true);

        private final boolean withFallbacks;

        Scope(boolean withFallbacks) {
            this.withFallbacks = withFallbacks;
        }
    }

    /**
     * One page, newest first; {@code section} empty for all news. Past the first page, whole months and then whole
     * days are skipped by their counts, and the listing's index is walked only from the day where the page starts:
     * a page deep in the archive costs what the second one does.
     */
    public List<ListedArticle> page(String language, Optional<SectionView> section, Scope scope, int page, int size) {
        Start start = start(language, section, scope, Math.multiplyExact(page, size));
        return section.map(s ->
                        entries.sectionPage(language, s.id(), scope.withFallbacks, start.until(), start.offset(), size))
                .orElseGet(() -> entries.page(language, scope.withFallbacks, start.until(), start.offset(), size));
    }

    /**
     * A page's first entry: the {@code offset}-th newest of those dated before {@code until}, which lies in
     * {@code period} (0 when the page starts past the listing's end).
     */
    private record Start(Instant until, int offset, int period) {}

    private Start start(String language, Optional<SectionView> section, Scope scope, int offset) {
        Start start = new Start(END_OF_TIME, offset, 0);
        if (offset == 0) {
            return start;
        }
        Start inMonth = skip(start, totals(language, section, 0, ListingPeriod.LAST_MONTH), scope);
        if (inMonth.period() == 0) {
            return inMonth;
        }
        int month = inMonth.period();
        return skip(
                inMonth,
                totals(language, section, ListingPeriod.firstDayOf(month), ListingPeriod.lastDayOf(month)),
                scope);
    }

    private List<PeriodCount> totals(String language, Optional<SectionView> section, int from, int to) {
        return section.map(s -> periods.sectionTotals(language, s.id(), from, to))
                .orElseGet(() -> periods.totals(language, from, to));
    }

    /** Moves the start past every period, newest first, that ends before it; stops in the period it lies in. */
    private static Start skip(Start start, List<PeriodCount> newestFirst, Scope scope) {
        Start current = start;
        for (PeriodCount period : newestFirst) {
            long count = period.in(scope);
            if (current.offset() < count) {
                return new Start(current.until(), current.offset(), period.period());
            }
            current = new Start(ListingPeriod.start(period.period()), current.offset() - (int) count, 0);
        }
        return current;
    }

    /**
     * Where a listing page starts when a reader moves on from the page before or after it: right after (older than)
     * the last article they saw, or right before (newer than) the first. Such a page is found by walking the listing
     * from that article, so it costs the same however deep it is; a page number alone is found by counting from the
     * newest.
     */
    public record PageStart(boolean afterArticle, Long articleId) {

        public static PageStart after(Long articleId) {
            return new PageStart(true, articleId);
        }

        public static PageStart before(Long articleId) {
            return new PageStart(false, articleId);
        }
    }

    /**
     * One page, newest first, starting next to an article of the listing; empty when that article is no longer
     * listed (the caller then finds the page by its number).
     */
    public List<ListedArticle> page(
            String language, Optional<SectionView> section, Scope scope, PageStart start, int size) {
        Pageable first = PageRequest.of(0, size);
        boolean fallbacks = scope.withFallbacks;
        Long article = start.articleId();
        if (start.afterArticle()) {
            return section.map(s -> entries.olderInSection(language, s.id(), fallbacks, article, first))
                    .orElseGet(() -> entries.older(language, fallbacks, article, first));
        }
        return section.map(s -> entries.newerInSection(language, s.id(), fallbacks, article, first))
                .orElseGet(() -> entries.newer(language, fallbacks, article, first))
                .reversed();
    }

    /** Listed articles per section id, from the counters. */
    public Map<Long, Integer> counts(String language, Scope scope) {
        return counters.findByLanguage(language).stream()
                .collect(Collectors.toMap(
                        SectionCounter::getSectionId,
                        counter -> scope == Scope.OWN ? counter.getPublishedCount() : counter.getListedCount()));
    }

    /** The sections readers see, in the editors' order: neither archived nor merged. */
    public List<SectionView> sections() {
        return sections.findAllByOrderByPositionAscIdAsc().stream()
                .filter(Section::isShown)
                .map(SectionView::of)
                .toList();
    }

    /**
     * The shown section a slug leads readers of {@code language} to: its own slug in that language, its slug in
     * another language (a reader who switched languages), a slug it had before, or a merged section's. The caller
     * redirects when the slug is not the section's own in the language.
     */
    public Optional<SectionView> section(String language, String slug) {
        Map<Long, Section> all = sections.findAllByOrderByPositionAscIdAsc().stream()
                .collect(Collectors.toMap(Section::getId, section -> section, (a, b) -> a, LinkedHashMap::new));
        Optional<Section> found = all.values().stream()
                .filter(section -> section.isShown() && section.slug(language).equals(slug))
                .findFirst()
                .or(() -> all.values().stream()
                        .filter(section -> section.isShown() && section.answersTo(slug))
                        .findFirst())
                .or(() -> formerSlugs
                        .findById(new FormerSectionSlug.Key(language, slug))
                        .map(former -> all.get(former.getSectionId())))
                .or(() -> all.values().stream()
                        .filter(section -> section.getMergedInto() != null && section.answersTo(slug))
                        .findFirst());
        return found.map(section -> successor(section, all))
                .filter(Section::isShown)
                .map(SectionView::of);
    }

    /** The section a merged one lives on in, through any number of merges. */
    private static Section successor(Section section, Map<Long, Section> all) {
        Section current = section;
        for (int hops = 0; current.getMergedInto() != null && hops < all.size(); hops++) {
            current = all.get(current.getMergedInto());
        }
        return current;
    }

    /** Every version of the article that readers can see, keyed by language, with its published text loaded. */
    public Map<String, PublishedVersion> liveVersions(Long articleId) {
        return versions.findLive(articleId).stream()
                .collect(Collectors.toMap(PublishedVersion::language, version -> version));
    }

    /**
     * Which version each language's listing shows of the article, keyed by the listing's language: its own, or a
     * fallback's (for search, which finds what listings show).
     */
    public Map<String, ListedIn> listings(Long articleId) {
        Map<String, ListedIn> listings = new LinkedHashMap<>();
        for (Object[] row : entries.listingsOf(articleId)) {
            listings.put((String) row[0], new ListedIn((String) row[0], (Long) row[1]));
        }
        return listings;
    }

    /** A listing's language and the version it shows. */
    public record ListedIn(String listingLanguage, Long versionId) {}

    /**
     * The next older and next newer article around {@code current} in a language's listing (none when it is not
     * listed there): two statements, each reading the article's own place in the listing as a subquery.
     */
    public Neighbours neighbours(String language, Scope scope, Long articleId) {
        return new Neighbours(
                entries.older(language, scope.withFallbacks, articleId, FIRST).stream()
                        .findFirst(),
                entries.newer(language, scope.withFallbacks, articleId, FIRST).stream()
                        .findFirst());
    }

    public record Neighbours(Optional<ListedArticle> older, Optional<ListedArticle> newer) {}

    /** Every live version of every article, the article with the latest date first, for sitemaps. */
    public Map<Long, List<LiveVersion>> allLive() {
        return versions.findAllLive().stream()
                .collect(Collectors.groupingBy(LiveVersion::articleId, LinkedHashMap::new, Collectors.toList()));
    }
}
