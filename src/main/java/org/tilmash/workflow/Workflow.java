package org.tilmash.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashTransactional;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentEditing;
import org.tilmash.content.ContentService;
import org.tilmash.content.RevisionView;
import org.tilmash.content.VersionState;
import org.tilmash.content.VersionView;

/**
 * The one writer of editorial state: articles, saves, slugs, source pins and transitions, each checked against the
 * permission service and the transition guards, and written to the audit trail. The back office, the API, imports
 * and the demo all call this; the actor is always the signed-in account (or the system task running), never an
 * argument that could disagree with it.
 */
@Service
@TilmashTransactional
public class Workflow {

    /** What the audit trail keeps of a reviewer's comment (its column's size). */
    static final int MAX_COMMENT = 4000;

    private final ContentService content;
    private final ContentEditing editing;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Scheduling scheduling;
    private final List<TransitionGuard> guards;
    private final OutdatedTranslations outdated;
    private final List<PublicationListener> publicationListeners;
    private final WorkflowProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ArticleSettings settings;

    Workflow(
            ContentService content,
            ContentEditing editing,
            Permissions permissions,
            AuditTrail audit,
            Scheduling scheduling,
            List<TransitionGuard> guards,
            OutdatedTranslations outdated,
            List<PublicationListener> publicationListeners,
            WorkflowProperties properties,
            ApplicationEventPublisher events,
            Clock clock,
            ArticleSettings settings) {
        this.settings = settings;
        this.content = content;
        this.editing = editing;
        this.permissions = permissions;
        this.audit = audit;
        this.scheduling = scheduling;
        this.guards = guards;
        this.outdated = outdated;
        this.publicationListeners = publicationListeners;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** When and with which release the version goes live, for whoever may read it. */
    @TilmashTransactional(readOnly = true)
    public PublishingPlan publishingPlan(VersionView version) {
        if (!permissions.canView(version.language())) {
            throw new AccessDeniedException("Not allowed to read " + version.language());
        }
        return scheduling.plan(version);
    }

    /**
     * What the signed-in user may do with the version now: the back office renders exactly these actions, and each
     * one is checked again when it is asked for.
     */
    public AllowedActions allowedActions(VersionView version) {
        boolean edit = permissions.canEdit(version.language());
        boolean review = permissions.canReview(version.language());
        VersionState state = version.state();
        return new AllowedActions(
                edit,
                edit && (state == VersionState.DRAFT || state == VersionState.UNPUBLISHED),
                review && state == VersionState.IN_REVIEW,
                review && version.live(),
                edit && !version.original() && !version.outdated(),
                edit && version.live(),
                permissions.canManageGallery(),
                permissions.canManageArticles());
    }

    /**
     * Starts an article with the first draft of its source-language version, the slug and the date asked for, in one
     * transaction: a slug that is taken or a date refused leaves nothing behind. Without a date, the first
     * publication dates it.
     */
    public RevisionView createArticle(
            Long sectionId,
            String sourceLanguage,
            ArticleText text,
            Optional<String> slug,
            Optional<Instant> dateline) {
        requireManageArticles();
        requireEdit(sourceLanguage);
        Long articleId = editing.createArticle(sectionId, sourceLanguage, permissions.actor());
        RevisionView first = save(articleId, sourceLanguage, text, Optional.empty(), slug);
        dateline.ifPresent(date -> settings.changeDateline(articleId, date));
        return first;
    }

    /** Saves a new draft revision without changing the slug. */
    public RevisionView save(Long articleId, String language, ArticleText text, Optional<Long> expectedVersion) {
        return save(articleId, language, text, expectedVersion, Optional.empty());
    }

    /**
     * Saves a new draft revision and, if asked, another slug, in one transaction; {@code expectedVersion} is the
     * version the editor loaded, or empty for a version that does not exist yet. A scheduled approval of the version
     * is withdrawn: the new text needs review.
     *
     * @throws org.tilmash.content.EditConflictException when someone saved the version meanwhile
     * @throws org.tilmash.content.SlugTakenException when the slug is taken; nothing is saved
     */
    public RevisionView save(
            Long articleId, String language, ArticleText text, Optional<Long> expectedVersion, Optional<String> slug) {
        requireEdit(language);
        String actor = permissions.actor();
        Optional<VersionView> before = content.findVersion(articleId, language);
        RevisionView revision = editing.saveDraft(articleId, language, text, actor, expectedVersion.orElse(null));
        scheduling.cancel(revision.versionId());
        VersionView after = reload(revision.versionId());
        audit.record(
                after,
                before.isPresent() ? Transition.SAVED : Transition.CREATED,
                before.map(VersionView::state).orElse(null),
                actor,
                null);
        slug.filter(wanted -> !wanted.isBlank()).ifPresent(wanted -> changeSlug(after, wanted, actor));
        return revision;
    }

    private void changeSlug(VersionView version, String wanted, String actor) {
        editing.changeSlug(version.id(), wanted);
        VersionView after = reload(version.id());
        if (!after.slug().equals(version.slug())) {
            audit.record(after, Transition.SLUG_CHANGED, version.state(), actor, version.slug() + " → " + after.slug());
        }
    }

    /** Writes an old revision's text as a new draft; history is never rewritten. */
    public RevisionView restore(Long versionId, int revisionNumber) {
        VersionView version = load(versionId);
        requireEdit(version.language());
        RevisionView old = content.history(versionId).stream()
                .filter(revision -> revision.number() == revisionNumber)
                .findFirst()
                .orElseThrow(() -> new WorkflowException("workflow.error.noSuchRevision"));
        String actor = permissions.actor();
        RevisionView restored = editing.saveDraft(version.articleId(), version.language(), old.text(), actor, null);
        scheduling.cancel(versionId);
        audit.record(reload(versionId), Transition.RESTORED, version.state(), actor, "#" + old.number());
        return restored;
    }

    /**
     * The article's gallery changed (images added, replaced, reordered, or their texts in {@code languages}): live
     * versions in those languages go back to draft, like a text change, and readers keep the gallery a reviewer
     * approved until a reviewer of the language approves the change.
     */
    public void galleryChanged(Long articleId, Collection<String> languages) {
        for (VersionView version : content.versionsOf(articleId)) {
            boolean awaitsNoReview =
                    version.state() == VersionState.PUBLISHED || version.state() == VersionState.SCHEDULED;
            if (languages.contains(version.language()) && awaitsNoReview) {
                requireEdit(version.language());
                String actor = permissions.actor();
                scheduling.cancel(version.id());
                editing.changeState(version.id(), VersionState.DRAFT, actor);
                audit.record(reload(version.id()), Transition.GALLERY_CHANGED, version.state(), actor, null);
            }
        }
    }

    /**
     * Pins a translation to the source revision it was made from, and marks it current: what saving from the
     * side-by-side editor does after {@link #save}.
     */
    public void pinSource(Long versionId, Long sourceRevisionId) {
        VersionView translation = load(versionId);
        requireEdit(translation.language());
        editing.pinSource(versionId, sourceRevisionId);
        editing.markOutdated(versionId, false);
    }

    /** The translator saw the source diff and the translation needs no change: it is current again. */
    public void confirmTranslation(Long versionId, Long sourceRevisionId) {
        pinSource(versionId, sourceRevisionId);
        VersionView after = reload(versionId);
        audit.record(after, Transition.CONFIRMED_CURRENT, after.state(), permissions.actor(), null);
    }

    /**
     * The editor declares the last published change of a source minor: its outdated translations are pinned to the
     * published revision and stay current.
     *
     * @return how many translations were current again
     */
    public int markMinor(Long sourceVersionId) {
        VersionView source = load(sourceVersionId);
        requireEdit(source.language());
        if (!source.live()) {
            throw new WorkflowException("workflow.error.notPublished");
        }
        String actor = permissions.actor();
        List<VersionView> repinned = content.translationsOf(sourceVersionId).stream()
                .filter(VersionView::outdated)
                .toList();
        for (VersionView translation : repinned) {
            editing.pinSource(translation.id(), source.published().id());
            editing.markOutdated(translation.id(), false);
            audit.record(reload(translation.id()), Transition.MARKED_MINOR, translation.state(), actor, null);
        }
        return repinned.size();
    }

    public void submit(Long versionId) {
        VersionView version = load(versionId);
        requireEdit(version.language());
        requireState(version, VersionState.DRAFT, VersionState.UNPUBLISHED);
        guard(version, Transition.SUBMITTED);
        String actor = permissions.actor();
        editing.changeState(versionId, VersionState.IN_REVIEW, actor);
        audit.record(reload(versionId), Transition.SUBMITTED, version.state(), actor, null);
        events.publishEvent(new WorkflowEvents.VersionSubmitted(
                version.articleId(), versionId, version.language(), actor, version.title()));
    }

    public void requestChanges(Long versionId, String comment) {
        VersionView version = load(versionId);
        requireReview(version.language());
        requireState(version, VersionState.IN_REVIEW, VersionState.SCHEDULED);
        if (comment == null || comment.isBlank()) {
            throw new WorkflowException("workflow.error.commentRequired");
        }
        if (comment.strip().length() > MAX_COMMENT) {
            throw new WorkflowException("workflow.error.commentTooLong", Map.of("max", MAX_COMMENT));
        }
        String actor = permissions.actor();
        scheduling.cancel(versionId);
        editing.changeState(versionId, VersionState.DRAFT, actor);
        audit.record(reload(versionId), Transition.CHANGES_REQUESTED, version.state(), actor, comment.strip());
        events.publishEvent(new WorkflowEvents.ChangesRequested(
                version.articleId(),
                versionId,
                version.language(),
                actor,
                version.title(),
                version.working().author(),
                comment.strip()));
    }

    /**
     * Approves the version in review: published now, at {@code publishAt}, or when the rest of its release is
     * approved too.
     *
     * @return its state after: published, or scheduled
     * @throws WorkflowException when {@code publishAt} has passed: publishing now is another choice
     */
    public VersionState approve(Long versionId, Optional<Instant> publishAt) {
        VersionView version = load(versionId);
        requireReview(version.language());
        requireState(version, VersionState.IN_REVIEW);
        String actor = permissions.actor();
        if (properties.isFourEyes() && actor.equals(version.working().author())) {
            throw new WorkflowException("workflow.error.ownRevision");
        }
        guard(version, Transition.PUBLISHED);
        // A time already past is a mistake, not a wish to publish now: "scheduled" must never mean "live already".
        Optional<Instant> future = publishAt;
        if (publishAt.filter(at -> !at.isAfter(clock.instant())).isPresent()) {
            throw new WorkflowException("workflow.error.publishAtPast");
        }
        boolean waits = scheduling.schedule(version, actor, future.orElse(null));
        if (waits) {
            editing.changeState(versionId, VersionState.SCHEDULED, actor);
            audit.record(
                    reload(versionId),
                    Transition.SCHEDULED,
                    version.state(),
                    actor,
                    future.map(Instant::toString).orElse(null));
        } else {
            publishNow(version, actor, Transition.APPROVED);
        }
        for (Long release : scheduling.completeReleases(Optional.of(version.articleId()))) {
            scheduling
                    .claimRelease(release)
                    .forEach(member -> publishApproved(member.versionId(), member.approvedBy()));
        }
        return reload(versionId).state();
    }

    /**
     * Ties language versions of an article into one release: approved members wait until every member is approved,
     * then go live together, at {@code publishAt} if given.
     */
    public long createRelease(Long articleId, List<String> languages, Optional<Instant> publishAt) {
        if (languages.size() < 2) {
            throw new WorkflowException("workflow.error.releaseSize");
        }
        languages.forEach(this::requireEdit);
        for (String language : languages) {
            if (scheduling.openRelease(articleId, language).isPresent()) {
                throw new WorkflowException("workflow.error.inRelease", Map.of("language", language));
            }
        }
        return scheduling.openRelease(articleId, languages, publishAt.orElse(null), permissions.actor());
    }

    public void unpublish(Long versionId) {
        VersionView version = load(versionId);
        requireReview(version.language());
        if (!version.live()) {
            throw new WorkflowException("workflow.error.notPublished");
        }
        String actor = permissions.actor();
        editing.unpublish(versionId, actor);
        VersionView after = reload(versionId);
        publicationListeners.forEach(listener -> listener.withdrawn(after));
        audit.record(after, Transition.UNPUBLISHED, version.state(), actor, null);
        events.publishEvent(
                new WorkflowEvents.VersionUnpublished(version.articleId(), versionId, version.language(), actor));
    }

    /**
     * Brings in an article written, reviewed and published elsewhere, with its date, states and publication dates: an
     * administrator's explicit act (or a system task's), recorded in the audit trail as an import from
     * {@link ImportedArticle#origin()}, never as a review. Translations are pinned to the imported original.
     *
     * @return the new article's id
     */
    public Long importArticle(ImportedArticle article) {
        String actor = importer();
        Long articleId = editing.createArticle(article.sectionId(), article.sourceLanguage(), article.author());
        editing.changeDateline(articleId, article.dateline());
        importVersions(articleId, article, actor);
        return articleId;
    }

    /**
     * Brings an imported article up to date with its source after it changed there: a new revision of each version,
     * its slug, state, date and section as the source has them now; versions new in the source are added. The
     * importer calls it only for items whose source changed, so an unchanged item gets no new revision.
     */
    public void reimportArticle(Long articleId, ImportedArticle article) {
        String actor = importer();
        VersionView original = content.findVersion(articleId, article.sourceLanguage())
                .orElseThrow(() -> new WorkflowException("workflow.error.noSuchVersion"));
        if (!article.sectionId().equals(original.sectionId())) {
            editing.moveArticle(articleId, article.sectionId());
        }
        editing.changeDateline(articleId, article.dateline());
        importVersions(articleId, article, actor);
    }

    private String importer() {
        if (!permissions.canImport()) {
            throw new AccessDeniedException("May not import");
        }
        return permissions.actor();
    }

    private void importVersions(Long articleId, ImportedArticle article, String actor) {
        RevisionView original = importVersion(
                articleId, article.sourceLanguage(), article.versions().get(article.sourceLanguage()), article, actor);
        article.versions().forEach((language, version) -> {
            if (!language.equals(article.sourceLanguage())) {
                RevisionView translation = importVersion(articleId, language, version, article, actor);
                editing.pinSource(translation.versionId(), original.id());
            }
        });
    }

    private RevisionView importVersion(
            Long articleId, String language, ImportedArticle.Version version, ImportedArticle article, String actor) {
        Optional<VersionView> before = content.findVersion(articleId, language);
        RevisionView revision = editing.saveDraft(articleId, language, version.text(), article.author(), null);
        if (version.slug() != null && !version.slug().isBlank()) {
            editing.changeSlugOrSuffix(revision.versionId(), version.slug());
        }
        scheduling.cancel(revision.versionId());
        switch (version.state()) {
            case DRAFT -> before.filter(VersionView::live).ifPresent(live -> editing.unpublish(live.id(), actor));
            case IN_REVIEW -> editing.changeState(revision.versionId(), VersionState.IN_REVIEW, actor);
            case PUBLISHED ->
                editing.publish(
                        revision.versionId(),
                        actor,
                        Optional.ofNullable(version.publishedAt()).orElse(article.dateline()));
        }
        VersionView after = reload(revision.versionId());
        if (after.live()) {
            publicationListeners.forEach(listener -> listener.published(after));
        } else if (before.filter(VersionView::live).isPresent()) {
            publicationListeners.forEach(listener -> listener.withdrawn(after));
        }
        audit.record(after, Transition.IMPORTED, before.map(VersionView::state).orElse(null), actor, article.origin());
        return revision;
    }

    /** Publishes an approved version on behalf of the scheduler or a completed release: no permission check. */
    void publishApproved(Long versionId, String approvedBy) {
        publishNow(load(versionId), approvedBy, Transition.PUBLISHED);
    }

    private void publishNow(VersionView version, String actor, Transition action) {
        editing.publish(version.id(), actor, clock.instant());
        VersionView after = reload(version.id());
        outdated.sourcePublished(after);
        publicationListeners.forEach(listener -> listener.published(after));
        audit.record(after, action, version.state(), actor, null);
        events.publishEvent(new WorkflowEvents.VersionPublished(
                version.articleId(),
                version.id(),
                version.language(),
                actor,
                version.title(),
                version.working().author(),
                version.working().id()));
    }

    /** Every transition starts here, under the version's row lock: racing transitions go one after the other. */
    private VersionView load(Long versionId) {
        if (!editing.lock(versionId)) {
            throw new WorkflowException("workflow.error.noSuchVersion");
        }
        return content.version(versionId).orElseThrow();
    }

    private VersionView reload(Long versionId) {
        return content.version(versionId).orElseThrow();
    }

    private void requireEdit(String language) {
        if (!permissions.canEdit(language)) {
            throw new AccessDeniedException("May not edit " + language);
        }
    }

    private void requireReview(String language) {
        if (!permissions.canReview(language)) {
            throw new AccessDeniedException("May not review " + language);
        }
    }

    private void requireManageArticles() {
        if (!permissions.canManageArticles()) {
            throw new AccessDeniedException("May not manage articles");
        }
    }

    private static void requireState(VersionView version, VersionState... allowed) {
        for (VersionState state : allowed) {
            if (version.state() == state) {
                return;
            }
        }
        throw new WorkflowException(
                "workflow.error.state",
                Map.of(
                        "state",
                        new DefaultMessageSourceResolvable(
                                "account.state." + version.state().name())));
    }

    private void guard(VersionView version, Transition transition) {
        TransitionGuard.Facts facts = new TransitionGuard.Facts(
                version.articleId(), version.id(), version.language(), version.outdated(), transition);
        for (TransitionGuard guard : guards) {
            guard.check(facts).ifPresent(problem -> {
                throw problem;
            });
        }
    }
}
