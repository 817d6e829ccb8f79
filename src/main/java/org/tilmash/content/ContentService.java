package org.tilmash.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashTransactional;

/**
 * Back-office reads of articles, their language versions and revisions, as view records. Nothing here writes: changes
 * go through the workflow, which alone uses {@link ContentEditing}.
 */
@Service
@TilmashTransactional(readOnly = true)
public class ContentService {

    /**
     * The expected version of a language version the writer saw as not existing yet: if someone created it meanwhile,
     * the save is a conflict like any other.
     */
    public static final long NOT_CREATED = -1L;

    private final SectionRepository sections;
    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final RevisionRepository revisions;
    private final ArticleWorkRepository work;

    ContentService(
            SectionRepository sections,
            ArticleRepository articles,
            ArticleVersionRepository versions,
            RevisionRepository revisions,
            ArticleWorkRepository work) {
        this.sections = sections;
        this.articles = articles;
        this.versions = versions;
        this.revisions = revisions;
        this.work = work;
    }

    /** Every section editors work with, archived ones included; merged ones are gone. */
    public List<SectionView> sections() {
        return sections.findAllByOrderByPositionAscIdAsc().stream()
                .filter(section -> section.getMergedInto() == null)
                .map(SectionView::of)
                .toList();
    }

    /** How many articles each section holds, whatever their state; sections without any are left out. */
    public Map<Long, Long> articleCountsBySection() {
        return articles.countBySection().stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    public boolean sectionExists(Long sectionId) {
        return sectionId != null && sections.existsById(sectionId);
    }

    public long articleCount() {
        return articles.count();
    }

    /** Every language version of every article, whatever its state. */
    public long versionCount() {
        return versions.count();
    }

    /** How many language versions each of these articles has. */
    public Map<Long, Long> versionCounts(Collection<Long> articleIds) {
        return versions.countByArticle(articleIds).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** A version with its article, section and both revisions. */
    public Optional<VersionView> version(Long versionId) {
        return versions.findLoaded(versionId).map(VersionView::of);
    }

    /** Every revision of a version, newest first. */
    public List<RevisionView> history(Long versionId) {
        return revisions.findByVersionIdOrderByNumberDesc(versionId).stream()
                .map(RevisionView::of)
                .toList();
    }

    /**
     * The working title of each of the versions, in one query: for pages that name many versions, such as the audit
     * trail, and only for people who may read them.
     */
    public Map<Long, String> workingTitles(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> titles = new HashMap<>();
        for (Object[] row : versions.workingTitles(versionIds)) {
            titles.put((Long) row[0], (String) row[1]);
        }
        return titles;
    }

    public Optional<RevisionView> revision(Long revisionId) {
        return revisions.findById(revisionId).map(RevisionView::of);
    }

    /**
     * The article's version in {@code language} as readers would see it with {@code revisionId} (default: the working
     * revision) published: for previews, so only for people who may read working text.
     */
    public Optional<PublishedVersion> preview(Long articleId, String language, Optional<Long> revisionId) {
        return work.findWithWorkingRevision(articleId, language)
                .flatMap(version -> revisionId
                        .map(id -> revisions
                                .findById(id)
                                .filter(revision -> revision.getVersion().equals(version)))
                        .orElse(Optional.of(version.getWorkingRevision()))
                        .map(text -> PublishedVersion.of(version, text)));
    }

    /** Article ids above {@code afterId}, ascending: for walking every article in batches (reindexing). */
    public List<Long> articleIdsAfter(Long afterId, int limit) {
        return articles.idsAfter(afterId, PageRequest.of(0, limit));
    }

    /** Every version of an article. */
    public List<VersionView> versionsOf(Long articleId) {
        return views(versions.findLoadedByArticle(articleId));
    }

    /** What is still open: a version being written, waiting for review or for its publication time. */
    private static final Set<VersionState> OPEN =
            EnumSet.of(VersionState.DRAFT, VersionState.IN_REVIEW, VersionState.SCHEDULED);

    /**
     * The user's open versions in {@code languages}, the ones they wrote or moved last, most recently changed first,
     * with their article and working revision.
     */
    public Page<VersionView> openWork(String username, Collection<String> languages, int page, int size) {
        PageRequest request = PageRequest.of(page, size);
        return languages.isEmpty()
                ? Page.empty(request)
                : work.findOpenWork(username, languages, OPEN, request).map(VersionView::of);
    }

    /** The article's version in {@code language} with its working revision. */
    public Optional<VersionView> findVersion(Long articleId, String language) {
        return work.findWithWorkingRevision(articleId, language).map(VersionView::of);
    }

    public boolean articleExists(Long articleId) {
        return articles.existsById(articleId);
    }

    /**
     * One page of the coverage matrix, most recently changed articles first, titled only with what someone who may
     * read the working text of {@code readable} languages may see.
     */
    public Coverage.Page coverage(Coverage.Filter filter, Collection<String> readable, int page, int size) {
        List<Long> ids = articles.coverageIds(
                filter.sectionId(), filter.state(), filter.language(), filter.mine(), PageRequest.of(page, size));
        Map<Long, List<ArticleVersion>> byArticle = versions.findForCoverage(ids).stream()
                .collect(Collectors.groupingBy(version -> version.getArticle().getId()));
        List<Coverage.Row> rows = ids.stream()
                .map(id -> row(byArticle.getOrDefault(id, List.of()), readable))
                .filter(row -> row != null)
                .toList();
        long total = articles.coverageCount(filter.sectionId(), filter.state(), filter.language(), filter.mine());
        return new Coverage.Page(rows, total);
    }

    /**
     * The row of one article, titled in the viewer's own language when they may read that version, else in the
     * source's, else in another language they may read, else with what readers see.
     */
    static Coverage.Row row(List<ArticleVersion> versions, Collection<String> readable) {
        if (versions.isEmpty()) {
            return null;
        }
        Article article = versions.getFirst().getArticle();
        String viewers = LocaleContextHolder.getLocale().getLanguage();
        Map<String, Coverage.Cell> cells = versions.stream()
                .collect(Collectors.toMap(
                        ArticleVersion::getLanguage,
                        version -> new Coverage.Cell(
                                version.getState(),
                                version.isLive(),
                                version.isOutdated(),
                                version.getStateChangedBy(),
                                version.getStateChangedAt())));
        Comparator<ArticleVersion> titleOrder = Comparator.<ArticleVersion, Boolean>comparing(
                        version -> !version.getLanguage().equals(viewers))
                .thenComparing(version -> !version.getLanguage().equals(article.getSourceLanguage()));
        Optional<ArticleVersion> titled = versions.stream()
                .filter(version -> readable.contains(version.getLanguage()))
                .min(titleOrder)
                .or(() -> versions.stream().filter(ArticleVersion::isLive).min(titleOrder));
        Optional<String> title = titled.map(version -> readable.contains(version.getLanguage())
                ? version.getWorkingRevision().getTitle()
                : version.getPublishedRevision().getTitle());
        return new Coverage.Row(
                article.getId(),
                article.getSourceLanguage(),
                title.orElse(null),
                titled.map(ArticleVersion::getLanguage).orElse(null),
                article.getSection().getId(),
                cells);
    }

    /** Translations whose pinned source revision belongs to {@code sourceVersionId}. */
    public List<VersionView> translationsOf(Long sourceVersionId) {
        return views(versions.findTranslationsOf(sourceVersionId));
    }

    /** Outdated versions and drafts in {@code languages}, longest waiting first. */
    public List<VersionView> translationWork(Collection<String> languages) {
        return languages.isEmpty() ? List.of() : views(versions.findTranslationWork(languages, VersionState.DRAFT));
    }

    /** Live source versions still without a version in {@code language}, oldest first. */
    public List<VersionView> untranslated(String language, int limit) {
        return views(versions.findUntranslated(language, PageRequest.of(0, limit)));
    }

    /** Translations of an article resting on an original-language revision other than {@code currentRoot}. */
    public List<VersionView> translationsBehind(Long articleId, Long currentRoot) {
        return versionsOf(articleId).stream()
                .filter(version -> version.rootSourceRevisionId() != null)
                .filter(version -> !version.rootSourceRevisionId().equals(currentRoot))
                .toList();
    }

    /** Per language: live, outdated, in review, scheduled, draft and missing versions, in the order given. */
    public List<Coverage.LanguageSummary> coverageByLanguage(List<String> languages) {
        Map<String, Map<VersionState, Long>> states = versions.countByLanguageAndState().stream()
                .collect(Collectors.groupingBy(
                        Coverage.Count::language, Collectors.toMap(Coverage.Count::state, Coverage.Count::count)));
        Map<String, Long> outdated = byLanguage(versions.countOutdatedByLanguage());
        Map<String, Long> live = byLanguage(versions.countLiveByLanguage());
        long articleCount = articles.count();
        return languages.stream()
                .map(language -> {
                    Map<VersionState, Long> counts = states.getOrDefault(language, Map.of());
                    long existing =
                            counts.values().stream().mapToLong(Long::longValue).sum();
                    return new Coverage.LanguageSummary(
                            language,
                            live.getOrDefault(language, 0L),
                            outdated.getOrDefault(language, 0L),
                            counts.getOrDefault(VersionState.IN_REVIEW, 0L),
                            counts.getOrDefault(VersionState.SCHEDULED, 0L),
                            counts.getOrDefault(VersionState.DRAFT, 0L),
                            articleCount - existing);
                })
                .toList();
    }

    private static List<VersionView> views(List<ArticleVersion> versions) {
        return versions.stream().map(VersionView::of).toList();
    }

    private static Map<String, Long> byLanguage(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
