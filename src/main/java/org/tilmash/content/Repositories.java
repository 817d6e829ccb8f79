package org.tilmash.content;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SectionRepository extends JpaRepository<Section, Long> {

    boolean existsBySlug(String slug);

    // A fetch join rather than an entity graph: Hibernate keeps the plan of a query without a graph.
    @Query("select s from Section s left join fetch s.names left join fetch s.slugs order by s.position, s.id")
    List<Section> findAllByOrderByPositionAscIdAsc();
}

interface FormerSectionSlugRepository extends JpaRepository<FormerSectionSlug, FormerSectionSlug.Key> {}

interface SectionCounterRepository extends JpaRepository<SectionCounter, SectionCounter.Key> {

    List<SectionCounter> findByLanguage(String language);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SectionCounter c where c.sectionId = :sectionId and c.language = :language")
    Optional<SectionCounter> lock(Long sectionId, String language);
}

interface ArticleRepository extends JpaRepository<Article, Long> {

    @Query("select a.section.id, count(a) from Article a group by a.section.id")
    List<Object[]> countBySection();

    @Query("select a.id from Article a where a.id > :afterId order by a.id")
    List<Long> idsAfter(Long afterId, Pageable pageable);

    String COVERAGE_FILTER = " from Article a where (:sectionId is null or a.section.id = :sectionId)"
            + " and (:mine is null or a.author = :mine or exists (select 1 from ArticleVersion m"
            + " where m.article = a and m.stateChangedBy = :mine))"
            + " and (:state is null and :language is null or exists (select 1 from ArticleVersion v where v.article = a"
            + " and (:state is null or v.state = :state) and (:language is null or v.language = :language)))";

    @Query("select a.id" + COVERAGE_FILTER + " order by a.updatedAt desc, a.id desc")
    List<Long> coverageIds(Long sectionId, VersionState state, String language, String mine, Pageable pageable);

    @Query("select count(a)" + COVERAGE_FILTER)
    long coverageCount(Long sectionId, VersionState state, String language, String mine);
}

interface ArticleVersionRepository extends JpaRepository<ArticleVersion, Long> {

    @Query(
            "select v.article.id, count(v) from ArticleVersion v where v.article.id in :articleIds group by v.article.id")
    List<Object[]> countByArticle(Collection<Long> articleIds);

    @Query("select v.id, r.title from ArticleVersion v join v.workingRevision r where v.id in :ids")
    List<Object[]> workingTitles(Collection<Long> ids);

    Optional<ArticleVersion> findByArticleIdAndLanguage(Long articleId, String language);

    boolean existsByLanguageAndSlug(String language, String slug);

    @EntityGraph(attributePaths = {"article", "section", "workingRevision", "publishedRevision", "sourceRevision"})
    @Query("select v from ArticleVersion v where v.id = :id")
    Optional<ArticleVersion> findLoaded(Long id);

    @EntityGraph(attributePaths = {"article", "workingRevision", "publishedRevision"})
    @Query("select v from ArticleVersion v where v.article.id = :articleId order by v.id")
    List<ArticleVersion> findLoadedByArticle(Long articleId);

    @EntityGraph(attributePaths = {"article", "workingRevision"})
    @Query("select v from ArticleVersion v where v.article.id in :articleIds")
    List<ArticleVersion> findForCoverage(Collection<Long> articleIds);

    @Query("select new org.tilmash.content.Coverage$Count(v.language, v.state, count(v)) from ArticleVersion v"
            + " group by v.language, v.state")
    List<Coverage.Count> countByLanguageAndState();

    @Query("select v.language, count(v) from ArticleVersion v where v.outdated = true group by v.language")
    List<Object[]> countOutdatedByLanguage();

    @Query(
            "select v.language, count(v) from ArticleVersion v where v.publishedRevision is not null group by v.language")
    List<Object[]> countLiveByLanguage();

    List<ArticleVersion> findByArticleId(Long articleId);

    @Query("select a.id from Article a where a.section.id = :sectionId")
    List<Long> findArticleIdsInSection(Long sectionId);

    /**
     * Every version of an article with what readers see of it; callers must only show live ones. Fetch joins rather
     * than an entity graph, so Hibernate keeps the query's plan; the section is not loaded (only its id is read).
     */
    @Query("select v from ArticleVersion v join fetch v.article left join fetch v.publishedRevision"
            + " where v.article.id = :articleId")
    List<ArticleVersion> findWithPublished(Long articleId);

    /** What readers see of each live version of an article, read straight into views (no entities to manage). */
    @Query("select new org.tilmash.content.PublishedVersion(a.id, v.id, v.section.id, a.sourceLanguage, v.language,"
            + " v.slug, r.id, r.title, r.intro, r.body, r.byline, a.dateline, v.publishedAt, v.stateChangedAt)"
            + " from ArticleVersion v join v.article a join v.publishedRevision r where a.id = :articleId")
    List<PublishedVersion> findLive(Long articleId);

    @Query("select new org.tilmash.content.LiveVersion(v.article.id, v.language, v.slug, v.article.dateline,"
            + " v.stateChangedAt) from ArticleVersion v where v.publishedRevision is not null"
            + " order by v.article.dateline desc, v.article.id desc, v.language")
    List<LiveVersion> findAllLive();

    @EntityGraph(attributePaths = {"article", "workingRevision", "publishedRevision"})
    @Query("select v from ArticleVersion v where v.sourceRevision.version.id = :sourceVersionId")
    List<ArticleVersion> findTranslationsOf(Long sourceVersionId);

    @EntityGraph(attributePaths = {"article", "workingRevision", "publishedRevision"})
    @Query("select v from ArticleVersion v where v.language in :languages and (v.outdated = true or v.state = :state)"
            + " order by v.stateChangedAt asc, v.id asc")
    List<ArticleVersion> findTranslationWork(Collection<String> languages, VersionState state);

    /** Live source versions of articles that have no version in {@code language} yet, oldest first. */
    @EntityGraph(attributePaths = {"article", "workingRevision", "publishedRevision"})
    @Query("select v from ArticleVersion v where v.language = v.article.sourceLanguage"
            + " and v.publishedRevision is not null and not exists (select 1 from ArticleVersion t"
            + " where t.article = v.article and t.language = :language) order by v.publishedAt asc, v.id asc")
    List<ArticleVersion> findUntranslated(String language, Pageable limit);

    @Query("select v.article.id from ArticleVersion v where v.publishedRevision is not null")
    List<Long> findArticlesWithLiveVersions();
}

interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findByVersionIdOrderByNumberDesc(Long versionId);
}

interface ListingEntryRepository extends JpaRepository<ListingEntry, ListingEntry.Key> {

    String LISTED = "select new org.tilmash.content.ListedArticle(e.articleId, v.id, r.id, v.language, v.slug,"
            + " r.title, r.intro, r.byline, e.dateline, e.sectionId, e.fallback)"
            + " from ListingEntry e, ArticleVersion v join v.publishedRevision r"
            + " where v.id = e.versionId and e.language = :language and (e.fallback = false or :withFallbacks = true)";

    // withFallbacks is one boolean rather than a list of accepted values: Hibernate does not keep the plan of a query
    // with a multi-valued parameter, and would translate it again on every page.
    String NEWEST_FIRST = " order by e.dateline desc, e.articleId desc";

    /**
     * The articles of one page, found by walking the listing's index alone, before any version or revision is read:
     * a deep page then costs a scan of index entries, not a join for every row skipped by the offset.
     */
    String PAGE_OF = "select p.articleId from ListingEntry p where p.language = :language"
            + " and (p.fallback = false or :withFallbacks = true)";

    /** Where the walk starts: the offset counts from the newest entry dated before {@code :until}. */
    String PAGE_WINDOW = " and p.dateline < :until"
            + " order by p.dateline desc, p.articleId desc offset :offset rows fetch first :size rows only)";

    @Query(LISTED + " and e.articleId in (" + PAGE_OF + PAGE_WINDOW + NEWEST_FIRST)
    List<ListedArticle> page(String language, boolean withFallbacks, Instant until, int offset, int size);

    @Query(LISTED + " and e.articleId in (" + PAGE_OF + " and p.sectionId = :sectionId" + PAGE_WINDOW + NEWEST_FIRST)
    List<ListedArticle> sectionPage(
            String language, Long sectionId, boolean withFallbacks, Instant until, int offset, int size);

    /** The date of the article's own entry in the language's listing, read within the neighbour queries. */
    String AT = "(select c.dateline from ListingEntry c where c.language = :language and c.articleId = :articleId)";

    /**
     * Older than the listed article {@code :articleId}; nothing when it is not listed in the language. The bound on
     * the date alone lets the database start its walk of the index at the article instead of at the newest entry, so
     * what follows an article costs the same at any depth.
     */
    String OLDER = " and e.dateline <= " + AT + " and (e.dateline < " + AT + " or e.articleId < :articleId)";

    /** Newer than the listed article {@code :articleId}, walking the index from it towards the newest. */
    String NEWER = " and e.dateline >= " + AT + " and (e.dateline > " + AT + " or e.articleId > :articleId)";

    String OLDEST_FIRST = " order by e.dateline asc, e.articleId asc";

    String IN_SECTION = " and e.sectionId = :sectionId";

    /** The listed articles older than one, newest first: its next neighbours, or the listing page after it. */
    @Query(LISTED + OLDER + NEWEST_FIRST)
    List<ListedArticle> older(String language, boolean withFallbacks, Long articleId, Pageable first);

    /** The listed articles newer than one, oldest first: its previous neighbours, or the page before it, reversed. */
    @Query(LISTED + NEWER + OLDEST_FIRST)
    List<ListedArticle> newer(String language, boolean withFallbacks, Long articleId, Pageable first);

    @Query(LISTED + IN_SECTION + OLDER + NEWEST_FIRST)
    List<ListedArticle> olderInSection(
            String language, Long sectionId, boolean withFallbacks, Long articleId, Pageable first);

    @Query(LISTED + IN_SECTION + NEWER + OLDEST_FIRST)
    List<ListedArticle> newerInSection(
            String language, Long sectionId, boolean withFallbacks, Long articleId, Pageable first);

    List<ListingEntry> findByArticleId(Long articleId);

    @Query("select e.language, v.id from ListingEntry e, ArticleVersion v where v.id = e.versionId"
            + " and e.articleId = :articleId")
    List<Object[]> listingsOf(Long articleId);

    @Query("select count(e) from ListingEntry e where e.language = :language and e.sectionId = :sectionId"
            + " and (e.fallback = false or :withFallbacks = true) and e.dateline >= :from and e.dateline < :until")
    int countBetween(String language, Long sectionId, boolean withFallbacks, Instant from, Instant until);

    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from ListingEntry e")
    void deleteAllEntries();
}

interface ListingStateRepository extends JpaRepository<ListingState, Integer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ListingState s where s.id = :id")
    Optional<ListingState> lock(int id);
}

interface ListingPeriodRepository extends JpaRepository<ListingPeriod, ListingPeriod.Key> {

    String TOTALS = "select new org.tilmash.content.PeriodCount(p.period, sum(p.publishedCount), sum(p.listedCount))"
            + " from ListingPeriod p where p.language = :language and p.period between :from and :to";

    String NEWEST_FIRST = " group by p.period order by p.period desc";

    /** A language's whole listing per period in a range (all months, or the days of one), newest first. */
    @Query(TOTALS + NEWEST_FIRST)
    List<PeriodCount> totals(String language, int from, int to);

    @Query(TOTALS + " and p.sectionId = :sectionId" + NEWEST_FIRST)
    List<PeriodCount> sectionTotals(String language, Long sectionId, int from, int to);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ListingPeriod p where p.language = :language and p.sectionId = :sectionId"
            + " and p.period = :period")
    Optional<ListingPeriod> lock(String language, Long sectionId, int period);

    /** Counts every listing entry into its day, in UTC as {@link ListingPeriod#day} does; months follow. */
    @Modifying
    @Query(
            nativeQuery = true,
            value = "insert into tilmash_listing_period (language, section_id, period, published_count, listed_count)"
                    + " select language, section_id, period, sum(case when fallback then 0 else 1 end), count(*)"
                    + " from (select language, section_id, fallback,"
                    + " cast(extract(year from dateline at time zone 'UTC') * 10000"
                    + " + extract(month from dateline at time zone 'UTC') * 100"
                    + " + extract(day from dateline at time zone 'UTC') as integer) as period"
                    + " from tilmash_listing_entry) e group by language, section_id, period")
    int countEveryDay();

    /** Sums the days counted into their months. */
    @Modifying
    @Query(
            nativeQuery = true,
            value = "insert into tilmash_listing_period (language, section_id, period, published_count, listed_count)"
                    + " select language, section_id, period / 100, sum(published_count), sum(listed_count)"
                    + " from tilmash_listing_period where period > " + ListingPeriod.LAST_MONTH
                    + " group by language, section_id, period / 100")
    int countEveryMonth();
}
/** Back-office reads of language versions with their working text, for the people who work on them. */
interface ArticleWorkRepository extends Repository<ArticleVersion, Long> {

    String OPEN_WORK = " from ArticleVersion v join v.workingRevision w where v.language in :languages"
            + " and v.state in :states and (w.author = :username or v.stateChangedBy = :username)";

    @EntityGraph(attributePaths = {"workingRevision", "publishedRevision", "article"})
    @Query(
            value = "select v" + OPEN_WORK + " order by v.stateChangedAt desc, v.id desc",
            countQuery = "select count(v)" + OPEN_WORK)
    org.springframework.data.domain.Page<ArticleVersion> findOpenWork(
            String username, Collection<String> languages, Collection<VersionState> states, Pageable pageable);

    @EntityGraph(attributePaths = {"workingRevision", "publishedRevision", "article"})
    @Query("select v from ArticleVersion v where v.article.id = :articleId and v.language = :language")
    Optional<ArticleVersion> findWithWorkingRevision(Long articleId, String language);
}

interface ArticleFieldValueRepository extends JpaRepository<ArticleFieldValue, ArticleFieldValue.Key> {

    List<ArticleFieldValue> findByArticleId(Long articleId);

    @Modifying
    @Query("delete from ArticleFieldValue v where v.articleId = :articleId")
    void deleteByArticleId(Long articleId);
}
