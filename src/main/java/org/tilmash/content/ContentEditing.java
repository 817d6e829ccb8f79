package org.tilmash.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.tilmash.TilmashDatabase;
import org.tilmash.TilmashTransactional;
import org.tilmash.i18n.InputText;
import org.tilmash.i18n.Slugs;

/**
 * Every change of editorial state: sections, articles, saves, slugs, source pins, states and publication. Only the
 * workflow may call it (the named interface {@code editing}, checked by {@code ModularityTests}): the workflow checks
 * permissions and guards and writes the audit trail, this class only keeps the data consistent. It joins the
 * workflow's transaction and never starts one of its own.
 */
@Service
@NamedInterface("editing")
@TilmashTransactional(propagation = Propagation.MANDATORY)
public class ContentEditing {

    private final SectionRepository sections;
    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final RevisionRepository revisions;
    private final HtmlSanitizer sanitizer;
    private final Slugs slugs;
    private final ReaderListing listing;
    private final Clock clock;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final ArticleFieldValueRepository fieldValues;

    ContentEditing(
            SectionRepository sections,
            ArticleRepository articles,
            ArticleVersionRepository versions,
            RevisionRepository revisions,
            HtmlSanitizer sanitizer,
            Slugs slugs,
            ReaderListing listing,
            Clock clock,
            TilmashDatabase database,
            ApplicationEventPublisher events,
            ArticleFieldValueRepository fieldValues) {
        this.events = events;
        this.fieldValues = fieldValues;
        this.sections = sections;
        this.articles = articles;
        this.versions = versions;
        this.revisions = revisions;
        this.sanitizer = sanitizer;
        this.slugs = slugs;
        this.listing = listing;
        this.clock = clock;
        this.entityManager = database.entityManager();
    }

    /** @return the new article's id */
    public Long createArticle(Long sectionId, String sourceLanguage, String author) {
        Section section = sections.findById(sectionId).orElseThrow(() -> new NoSuchSectionException(sectionId));
        return articles.save(new Article(section, sourceLanguage, author, clock.instant()))
                .getId();
    }

    /**
     * Saves text as a new revision of the article's version in {@code language}, creating the version on first save,
     * but only if nobody saved the version since {@code expectedVersion} was read (null: no check). The body is
     * sanitized; the version becomes a draft again if it was anything else.
     *
     * @throws EditConflictException with the current text when someone else saved first
     */
    public RevisionView saveDraft(
            Long articleId, String language, ArticleText text, String author, Long expectedVersion) {
        ArticleText cleaned = clean(text);
        Optional<ArticleVersion> existing = lockedVersion(articleId, language);
        existing.filter(version -> expectedVersion != null && version.getVersion() != expectedVersion)
                .ifPresent(version -> {
                    throw new EditConflictException(RevisionView.of(version.getWorkingRevision()));
                });
        ArticleText clean = cleaned.byline() != null ? cleaned : cleaned.withByline(currentByline(existing));
        ArticleVersion version = existing.orElseGet(() -> newVersion(articleId, language, clean.title(), author));
        Revision revision = revisions.save(version.write(clean, author, clock.instant()));
        versions.save(version);
        return RevisionView.of(revision);
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
     * Takes the version's row lock for a state change: of four reviewers approving at once, the first publishes and
     * the others then see a published version, instead of all four writing it.
     *
     * @return false if there is no such version
     */
    public boolean lock(Long versionId) {
        Optional<ArticleVersion> version = versions.findById(versionId);
        version.ifPresent(found -> entityManager.refresh(found, LockModeType.PESSIMISTIC_WRITE));
        return version.isPresent();
    }

    private static String currentByline(Optional<ArticleVersion> version) {
        return version.map(found -> found.getWorkingRevision().getByline()).orElse("");
    }

    /**
     * Every write of text passes here: NUL refused, other control characters dropped, NFC, body sanitized. A byline
     * left unsaid stays so.
     */
    private ArticleText clean(ArticleText text) {
        if (InputText.hasNul(text.title())
                || InputText.hasNul(text.intro())
                || InputText.hasNul(text.body())
                || InputText.hasNul(text.byline())) {
            throw new TextRefusedException(TextRefusedException.NUL, Map.of());
        }
        ArticleText clean = new ArticleText(
                InputText.normalize(text.title()).strip(),
                InputText.normalize(text.intro()).strip(),
                sanitizer.clean(InputText.normalize(text.body())),
                text.byline() == null
                        ? null
                        : InputText.normalize(text.byline()).strip());
        // The limits of the revision table's columns, checked here so no path (API, import) meets them as a 500.
        refuseLonger("text.error.titleTooLong", clean.title(), Revision.MAX_TITLE);
        refuseLonger("text.error.introTooLong", clean.intro(), Revision.MAX_INTRO);
        refuseLonger("text.error.bodyTooLong", clean.body(), Revision.MAX_BODY);
        if (clean.byline() != null) {
            refuseLonger("text.error.bylineTooLong", clean.byline(), Revision.MAX_BYLINE);
        }
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
                new ArticleVersion(article, language, freeSlug(title, language, null), author, clock.instant()));
    }

    /** The slug made from {@code wanted}, suffixed with a number while a version other than {@code own}'s has it. */
    private String freeSlug(String wanted, String language, @Nullable String own) {
        String base = slugs.slugify(wanted, language);
        String slug = base;
        for (int n = 2; !slug.equals(own) && versions.existsByLanguageAndSlug(language, slug); n++) {
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
     * Gives the version another slug, generated from {@code wanted} and unique within its language.
     *
     * @throws SlugTakenException when another version of the language has it; the caller's transaction rolls back
     */
    public void changeSlug(Long versionId, String wanted) {
        ArticleVersion version = versions.findById(versionId).orElseThrow();
        String slug = slugs.slugify(wanted, version.getLanguage());
        if (!slug.equals(version.getSlug())) {
            if (versions.existsByLanguageAndSlug(version.getLanguage(), slug)) {
                throw new SlugTakenException(slug);
            }
            version.changeSlug(slug);
            slugChanged(version);
        }
    }

    private void slugChanged(ArticleVersion version) {
        if (version.isLive()) {
            events.publishEvent(
                    new ReaderChanges.ArticleChanged(version.getArticle().getId(), version.getLanguage(), false));
        }
    }

    /** Gives the version the slug made from {@code wanted}, suffixed with a number while another version has it. */
    public void changeSlugOrSuffix(Long versionId, String wanted) {
        ArticleVersion version = versions.findById(versionId).orElseThrow();
        String before = version.getSlug();
        version.changeSlug(freeSlug(wanted, version.getLanguage(), version.getSlug()));
        if (!version.getSlug().equals(before)) {
            slugChanged(version);
        }
    }

    public void changeState(Long versionId, VersionState state, String actor) {
        versions.findById(versionId).orElseThrow().changeState(state, actor, clock.instant());
    }

    /**
     * Makes the working revision the one readers see, keeping listings and section counters in step. The first
     * publication of an article nobody dated gives it its date.
     */
    public void publish(Long versionId, String actor, Instant at) {
        ArticleVersion version = versions.findById(versionId).orElseThrow();
        boolean wasLive = version.isLive();
        version.publishWorkingRevision(actor, at);
        version.getArticle().datePublication(at);
        listing.refresh(version.getArticle().getId());
        events.publishEvent(
                new ReaderChanges.ArticleChanged(version.getArticle().getId(), version.getLanguage(), !wasLive));
    }

    /** Gives the article the date readers see on every version; listings re-sort at once. */
    public void changeDateline(Long articleId, Instant dateline) {
        if (dateline.isBefore(Datelines.EARLIEST)) {
            throw new IllegalArgumentException("An article date before " + Datelines.EARLIEST + ": " + dateline);
        }
        Article article = articles.findById(articleId).orElseThrow();
        article.dateAt(dateline);
        listing.refresh(articleId);
        events.publishEvent(new ReaderChanges.ArticleChanged(articleId, null, true));
    }

    /**
     * Replaces the values of the article's fields with {@code checked} (from {@link ArticleFields#checked}): readers
     * see them on every language version at once.
     */
    public void changeFields(Long articleId, Map<String, String> checked) {
        fieldValues.deleteByArticleId(articleId);
        fieldValues.flush();
        checked.forEach((field, value) -> fieldValues.save(new ArticleFieldValue(articleId, field, value)));
        events.publishEvent(new ReaderChanges.ArticleChanged(articleId, null, false));
    }

    /** Moves the article and all its versions to another section, recounting both. */
    public void moveArticle(Long articleId, Long sectionId) {
        Section section = sections.findById(sectionId).orElseThrow(() -> new NoSuchSectionException(sectionId));
        Article article = articles.findById(articleId).orElseThrow();
        article.moveTo(section);
        versions.findByArticleId(articleId).forEach(version -> version.moveTo(section));
        listing.refresh(articleId);
        events.publishEvent(new ReaderChanges.ArticleChanged(articleId, null, true));
    }

    public void unpublish(Long versionId, String actor) {
        ArticleVersion version = versions.findById(versionId).orElseThrow();
        if (version.isLive()) {
            version.withdraw(actor, clock.instant());
            listing.refresh(version.getArticle().getId());
            events.publishEvent(
                    new ReaderChanges.ArticleChanged(version.getArticle().getId(), version.getLanguage(), true));
        }
    }

    /** Marks a translation outdated (its source moved on) or current again; its published text is untouched. */
    public void markOutdated(Long versionId, boolean outdated) {
        versions.findById(versionId).orElseThrow().markOutdated(outdated);
    }
}
