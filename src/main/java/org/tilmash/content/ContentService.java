package org.tilmash.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tilmash.i18n.InputText;
import org.tilmash.i18n.Slugs;

/** Writes and reads articles, their language versions and revisions, and keeps section counters. */
@Service
@Transactional
public class ContentService {

    /**
     * The expected version of a language version the writer saw as not existing yet: if someone created it meanwhile,
     * the save is a conflict like any other.
     */
    public static final long NOT_CREATED = -1L;

    private final SectionRepository sections;
    private final SectionCounterRepository counters;
    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final RevisionRepository revisions;
    private final ArticleWorkRepository work;
    private final HtmlSanitizer sanitizer;
    private final Slugs slugs;
    private final ReaderListing listing;
    private final Clock clock;
    private final EntityManager entityManager;

    ContentService(
            SectionRepository sections,
            SectionCounterRepository counters,
            ArticleRepository articles,
            ArticleVersionRepository versions,
            RevisionRepository revisions,
            ArticleWorkRepository work,
            HtmlSanitizer sanitizer,
            Slugs slugs,
            ReaderListing listing,
            Clock clock,
            EntityManager entityManager) {
        this.sections = sections;
        this.counters = counters;
        this.articles = articles;
        this.versions = versions;
        this.revisions = revisions;
        this.work = work;
        this.sanitizer = sanitizer;
        this.slugs = slugs;
        this.listing = listing;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    public Section createSection(String slug, Map<String, String> names) {
        return sections.save(new Section(slug, (int) sections.count(), names));
    }

    @Transactional(readOnly = true)
    public List<Section> sections() {
        return sections.findAllByOrderByPositionAsc();
    }

    @Transactional(readOnly = true)
    public long articleCount() {
        return articles.count();
    }

    public Article createArticle(Long sectionId, String sourceLanguage, String author) {
        Section section = sections.findById(sectionId).orElseThrow();
        return articles.save(new Article(section, sourceLanguage, author, clock.instant()));
    }

    /**
     * Saves text as a new revision of the article's version in {@code language}, creating the version on first save.
     * The body is sanitized; the version becomes a draft again if it was anything else.
     */
    public Revision saveDraft(Long articleId, String language, ArticleText text, String author) {
        ArticleText clean = clean(text);
        ArticleVersion version = lockedVersion(articleId, language)
                .orElseGet(() -> newVersion(articleId, language, clean.title(), author));
        Revision revision = revisions.save(version.write(clean, author, clock.instant()));
        versions.save(version);
        return revision;
    }

    /**
     * The version under a row lock, so two writers of one version go one after the other instead of both taking the
     * next revision number. While it does not exist, the article's row is locked instead, so two first saves do not
     * both create it: the second finds the first's version once it may go on.
     */
    private Optional<ArticleVersion> lockedVersion(Long articleId, String language) {
        Optional<ArticleVersion> existing = versions.findByArticleIdAndLanguage(articleId, language);
        if (existing.isEmpty()) {
            Article article = articles.findById(articleId).orElseThrow();
            entityManager.refresh(article, LockModeType.PESSIMISTIC_WRITE);
            existing = versions.findByArticleIdAndLanguage(articleId, language);
        }
        existing.ifPresent(version -> entityManager.refresh(version, LockModeType.PESSIMISTIC_WRITE));
        return existing;
    }

    /**
     * The version, reloaded under a row lock for a state change: of four reviewers approving at once, the first
     * publishes and the others then see a published version, instead of all four writing it.
     */
    public ArticleVersion lockVersion(Long versionId) {
        ArticleVersion version = versions.findById(versionId).orElseThrow();
        entityManager.refresh(version, LockModeType.PESSIMISTIC_WRITE);
        return version;
    }

    /** Every write of text passes here: NUL refused, other control characters dropped, NFC, body sanitized. */
    private ArticleText clean(ArticleText text) {
        if (InputText.hasNul(text.title()) || InputText.hasNul(text.intro()) || InputText.hasNul(text.body())) {
            throw new TextRefusedException(TextRefusedException.NUL, Map.of());
        }
        ArticleText clean = new ArticleText(
                InputText.normalize(text.title()).strip(),
                InputText.normalize(text.intro()).strip(),
                sanitizer.clean(InputText.normalize(text.body())));
        // The limits of the revision table's columns, checked here so no path (API, import) meets them as a 500.
        refuseLonger("text.error.titleTooLong", clean.title(), Revision.MAX_TITLE);
        refuseLonger("text.error.introTooLong", clean.intro(), Revision.MAX_INTRO);
        refuseLonger("text.error.bodyTooLong", clean.body(), Revision.MAX_BODY);
        return clean;
    }

    private static void refuseLonger(String messageKey, String text, int max) {
        if (text.length() > max) {
            throw new TextRefusedException(messageKey, Map.of("max", max));
        }
    }

    private ArticleVersion newVersion(Long articleId, String language, String title, String author) {
        Article article = articles.findById(articleId).orElseThrow();
        return versions.save(
                new ArticleVersion(article, language, uniqueSlug(title, language), author, clock.instant()));
    }

    private String uniqueSlug(String title, String language) {
        String base = slugs.slugify(title, language);
        String slug = base;
        for (int n = 2; versions.existsByLanguageAndSlug(language, slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /**
     * Records the source revision a translation was made from, and the article's original-language revision behind
     * it: the pivot's own root when the pivot is itself a translation.
     */
    public void pinSource(Long versionId, Long sourceRevisionId) {
        ArticleVersion translation = versions.findById(versionId).orElseThrow();
        Revision source = revisions.findById(sourceRevisionId).orElseThrow();
        ArticleVersion pivot = source.getVersion();
        boolean pivotIsOriginal = pivot.getLanguage().equals(pivot.getArticle().getSourceLanguage());
        Revision root = pivotIsOriginal ? source : pivot.getRootSourceRevision();
        translation.pinSource(source, root);
    }

    /**
     * Saves text as a new revision only if nobody saved the version since {@code expectedVersion} was read: the
     * optimistic check covers both a stale form and two saves racing each other.
     *
     * @throws EditConflictException with the current text when someone else saved first
     */
    public Revision saveDraft(Long articleId, String language, ArticleText text, String author, long expectedVersion) {
        // Under a row lock: the second of two racing saves waits for the first and then sees it.
        lockedVersion(articleId, language).ifPresent(version -> {
            if (version.getVersion() != expectedVersion) {
                throw new EditConflictException(version.getWorkingRevision());
            }
        });
        return saveDraft(articleId, language, text, author);
    }

    /** Gives the version another slug, generated from {@code wanted} and unique within its language. */
    public ArticleVersion changeSlug(Long versionId, String wanted) {
        ArticleVersion version = versions.findById(versionId).orElseThrow();
        String slug = slugs.slugify(wanted, version.getLanguage());
        if (!slug.equals(version.getSlug())) {
            if (versions.existsByLanguageAndSlug(version.getLanguage(), slug)) {
                throw new SlugTakenException(slug);
            }
            version.changeSlug(slug);
        }
        return version;
    }

    public ArticleVersion submitForReview(Long versionId, String actor) {
        return changeState(versionId, VersionState.IN_REVIEW, actor);
    }

    /** Back to the author, e.g. when a reviewer requests changes. */
    public ArticleVersion returnToDraft(Long versionId, String actor) {
        return changeState(versionId, VersionState.DRAFT, actor);
    }

    /** Approved and waiting: for a time, or for the rest of its release. */
    public ArticleVersion schedule(Long versionId, String actor) {
        return changeState(versionId, VersionState.SCHEDULED, actor);
    }

    private ArticleVersion changeState(Long versionId, VersionState state, String actor) {
        ArticleVersion version = versions.findById(versionId).orElseThrow();
        version.changeState(state, actor, clock.instant());
        return version;
    }

    /** A version with its article, section and both revisions loaded. */
    @Transactional(readOnly = true)
    public Optional<ArticleVersion> version(Long versionId) {
        return versions.findLoaded(versionId);
    }

    /** Every revision of a version, newest first. */
    @Transactional(readOnly = true)
    public List<Revision> history(Long versionId) {
        return revisions.findByVersionIdOrderByNumberDesc(versionId);
    }

    @Transactional(readOnly = true)
    public Optional<Revision> revision(Long revisionId) {
        return revisions.findById(revisionId);
    }

    /** Every version of an article, with revisions loaded. */
    @Transactional(readOnly = true)
    public List<ArticleVersion> versionsOf(Long articleId) {
        return versions.findLoadedByArticle(articleId);
    }

    /** Makes the working revision the one readers see, keeping listings and section counters in step. */
    public ArticleVersion publish(Long versionId, String actor, Instant at) {
        ArticleVersion version = versions.findById(versionId).orElseThrow();
        version.publishWorkingRevision(actor, at);
        listing.refresh(version.getArticle().getId());
        return version;
    }

    public ArticleVersion unpublish(Long versionId, String actor) {
        ArticleVersion version = versions.findById(versionId).orElseThrow();
        if (version.isLive()) {
            version.withdraw(actor, clock.instant());
            listing.refresh(version.getArticle().getId());
        }
        return version;
    }

    /** Versions in {@code languages}, most recently changed first, with their article and working revision. */
    @Transactional(readOnly = true)
    public List<ArticleVersion> recentWork(Collection<String> languages, int limit) {
        return languages.isEmpty() ? List.of() : work.findRecent(languages, PageRequest.of(0, limit));
    }

    /** The article's version in {@code language} with its working revision. */
    @Transactional(readOnly = true)
    public Optional<ArticleVersion> findVersion(Long articleId, String language) {
        return work.findWithWorkingRevision(articleId, language);
    }

    @Transactional(readOnly = true)
    public boolean articleExists(Long articleId) {
        return articles.existsById(articleId);
    }

    /** One page of the coverage matrix, most recently changed articles first. */
    @Transactional(readOnly = true)
    public Coverage.Page coverage(Coverage.Filter filter, int page, int size) {
        List<Long> ids = articles.coverageIds(
                filter.sectionId(), filter.state(), filter.language(), filter.mine(), PageRequest.of(page, size));
        Map<Long, List<ArticleVersion>> byArticle = versions.findForCoverage(ids).stream()
                .collect(Collectors.groupingBy(version -> version.getArticle().getId()));
        List<Coverage.Row> rows = ids.stream()
                .map(id -> row(byArticle.getOrDefault(id, List.of())))
                .filter(row -> row != null)
                .toList();
        long total = articles.coverageCount(filter.sectionId(), filter.state(), filter.language(), filter.mine());
        return new Coverage.Page(rows, total);
    }

    private static Coverage.Row row(List<ArticleVersion> versions) {
        if (versions.isEmpty()) {
            return null;
        }
        Article article = versions.getFirst().getArticle();
        Map<String, Coverage.Cell> cells = versions.stream()
                .collect(Collectors.toMap(
                        ArticleVersion::getLanguage,
                        version -> new Coverage.Cell(
                                version.getState(),
                                version.isLive(),
                                version.isOutdated(),
                                version.getStateChangedBy(),
                                version.getStateChangedAt())));
        String title = versions.stream()
                .filter(version -> version.getLanguage().equals(article.getSourceLanguage()))
                .findFirst()
                .orElse(versions.getFirst())
                .getWorkingRevision()
                .getTitle();
        return new Coverage.Row(
                article.getId(),
                article.getSourceLanguage(),
                title,
                article.getSection().getId(),
                cells);
    }

    /** Translations whose pinned source revision belongs to {@code sourceVersionId}. */
    @Transactional(readOnly = true)
    public List<ArticleVersion> translationsOf(Long sourceVersionId) {
        return versions.findTranslationsOf(sourceVersionId);
    }

    /** Marks a translation outdated (its source moved on) or current again; its published text is untouched. */
    public void markOutdated(Long versionId, boolean outdated) {
        versions.findById(versionId).orElseThrow().markOutdated(outdated);
    }

    /** Outdated versions and drafts in {@code languages}, longest waiting first. */
    @Transactional(readOnly = true)
    public List<ArticleVersion> translationWork(Collection<String> languages) {
        return languages.isEmpty() ? List.of() : versions.findTranslationWork(languages, VersionState.DRAFT);
    }

    /** Live source versions still without a version in {@code language}, oldest first. */
    @Transactional(readOnly = true)
    public List<ArticleVersion> untranslated(String language, int limit) {
        return versions.findUntranslated(language, PageRequest.of(0, limit));
    }

    /** Translations of an article resting on an original-language revision other than {@code currentRoot}. */
    @Transactional(readOnly = true)
    public List<ArticleVersion> translationsBehind(Long articleId, Long currentRoot) {
        return versions.findLoadedByArticle(articleId).stream()
                .filter(version -> version.getRootSourceRevision() != null)
                .filter(version -> !version.getRootSourceRevision().getId().equals(currentRoot))
                .toList();
    }

    /** Per language: live, outdated, in review, scheduled, draft and missing versions, in the order given. */
    @Transactional(readOnly = true)
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

    private static Map<String, Long> byLanguage(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
