package org.tilmash.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ArticleVersion;
import org.tilmash.content.ContentService;
import org.tilmash.content.Revision;
import org.tilmash.content.VersionState;

/**
 * The one way a language version changes: saves and transitions, each checked against the permission service and
 * the transition guards, and written to the audit trail. The back office, the API and imports all call this.
 */
@Service
@Transactional
public class Workflow {

    private final ContentService content;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Scheduling scheduling;
    private final List<TransitionGuard> guards;
    private final WorkflowProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Workflow(
            ContentService content,
            Permissions permissions,
            AuditTrail audit,
            Scheduling scheduling,
            List<TransitionGuard> guards,
            WorkflowProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.content = content;
        this.permissions = permissions;
        this.audit = audit;
        this.scheduling = scheduling;
        this.guards = guards;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves a new draft revision; {@code expectedVersion} is the version the editor loaded, or empty for a version
     * that does not exist yet. A scheduled approval of the version is withdrawn: the new text needs review.
     */
    public Revision save(
            Long articleId, String language, ArticleText text, String actor, Optional<Long> expectedVersion) {
        requireEdit(language);
        Optional<ArticleVersion> before = content.findVersion(articleId, language);
        VersionState from = before.map(ArticleVersion::getState).orElse(null);
        Revision revision = expectedVersion
                .map(expected -> content.saveDraft(articleId, language, text, actor, expected))
                .orElseGet(() -> content.saveDraft(articleId, language, text, actor));
        ArticleVersion version = revision.getVersion();
        scheduling.cancel(version.getId());
        audit.record(version, before.isPresent() ? Transition.SAVED : Transition.CREATED, from, actor, null);
        return revision;
    }

    /** Writes an old revision's text as a new draft; history is never rewritten. */
    public Revision restore(Long versionId, int revisionNumber, String actor) {
        ArticleVersion version = load(versionId);
        Revision old = content.history(versionId).stream()
                .filter(revision -> revision.getNumber() == revisionNumber)
                .findFirst()
                .orElseThrow(() -> new WorkflowException("workflow.error.noSuchRevision"));
        requireEdit(version.getLanguage());
        VersionState from = version.getState();
        Revision restored = content.saveDraft(version.getArticle().getId(), version.getLanguage(), old.text(), actor);
        scheduling.cancel(versionId);
        audit.record(restored.getVersion(), Transition.RESTORED, from, actor, "#" + old.getNumber());
        return restored;
    }

    public void submit(Long versionId, String actor) {
        ArticleVersion version = load(versionId);
        requireEdit(version.getLanguage());
        requireState(version, VersionState.DRAFT, VersionState.UNPUBLISHED);
        guard(version, Transition.SUBMITTED);
        VersionState from = version.getState();
        content.submitForReview(versionId, actor);
        audit.record(version, Transition.SUBMITTED, from, actor, null);
        events.publishEvent(new WorkflowEvents.VersionSubmitted(
                version.getArticle().getId(), versionId, version.getLanguage(), actor, title(version)));
    }

    public void requestChanges(Long versionId, String actor, String comment) {
        ArticleVersion version = load(versionId);
        requireReview(version.getLanguage());
        requireState(version, VersionState.IN_REVIEW, VersionState.SCHEDULED);
        if (comment == null || comment.isBlank()) {
            throw new WorkflowException("workflow.error.commentRequired");
        }
        VersionState from = version.getState();
        scheduling.cancel(versionId);
        content.returnToDraft(versionId, actor);
        audit.record(version, Transition.CHANGES_REQUESTED, from, actor, comment.strip());
        events.publishEvent(new WorkflowEvents.ChangesRequested(
                version.getArticle().getId(),
                versionId,
                version.getLanguage(),
                actor,
                title(version),
                version.getWorkingRevision().getAuthor(),
                comment.strip()));
    }

    /**
     * Approves the version in review: published now, at {@code publishAt}, or when the rest of its release is
     * approved too.
     */
    public void approve(Long versionId, String actor, Optional<Instant> publishAt) {
        ArticleVersion version = load(versionId);
        requireReview(version.getLanguage());
        requireState(version, VersionState.IN_REVIEW);
        if (properties.isFourEyes() && actor.equals(version.getWorkingRevision().getAuthor())) {
            throw new WorkflowException("workflow.error.ownRevision");
        }
        guard(version, Transition.PUBLISHED);
        VersionState from = version.getState();
        Optional<Instant> future = publishAt.filter(at -> at.isAfter(clock.instant()));
        boolean waits = scheduling.schedule(version, actor, future.orElse(null));
        if (waits) {
            content.schedule(versionId, actor);
            audit.record(
                    version,
                    Transition.SCHEDULED,
                    from,
                    actor,
                    future.map(Instant::toString).orElse(null));
        } else {
            publishNow(version, actor, from, Transition.APPROVED);
        }
        for (Long release :
                scheduling.completeReleases(Optional.of(version.getArticle().getId()))) {
            scheduling
                    .claimRelease(release)
                    .forEach(member -> publishApproved(member.versionId(), member.approvedBy()));
        }
    }

    /**
     * Ties language versions of an article into one release: approved members wait until every member is approved,
     * then go live together, at {@code publishAt} if given.
     */
    public long createRelease(Long articleId, List<String> languages, Optional<Instant> publishAt, String actor) {
        if (languages.size() < 2) {
            throw new WorkflowException("workflow.error.releaseSize");
        }
        languages.forEach(this::requireEdit);
        for (String language : languages) {
            if (scheduling.openRelease(articleId, language).isPresent()) {
                throw new WorkflowException("workflow.error.inRelease", Map.of("language", language));
            }
        }
        return scheduling.openRelease(articleId, languages, publishAt.orElse(null), actor);
    }

    public void unpublish(Long versionId, String actor) {
        ArticleVersion version = load(versionId);
        requireReview(version.getLanguage());
        if (!version.isLive()) {
            throw new WorkflowException("workflow.error.notPublished");
        }
        VersionState from = version.getState();
        content.unpublish(versionId, actor);
        audit.record(version, Transition.UNPUBLISHED, from, actor, null);
        events.publishEvent(new WorkflowEvents.VersionUnpublished(
                version.getArticle().getId(), versionId, version.getLanguage(), actor));
    }

    /** Publishes an approved version on behalf of the scheduler or a completed release: no permission check. */
    void publishApproved(Long versionId, String actor) {
        ArticleVersion version = load(versionId);
        publishNow(version, actor, version.getState(), Transition.PUBLISHED);
    }

    private void publishNow(ArticleVersion version, String actor, VersionState from, Transition action) {
        content.publish(version.getId(), actor, clock.instant());
        audit.record(version, action, from, actor, null);
        events.publishEvent(new WorkflowEvents.VersionPublished(
                version.getArticle().getId(),
                version.getId(),
                version.getLanguage(),
                actor,
                title(version),
                version.getWorkingRevision().getAuthor(),
                version.getWorkingRevision().getId()));
    }

    /** Every transition starts here, under the version's row lock: racing transitions go one after the other. */
    private ArticleVersion load(Long versionId) {
        ArticleVersion version =
                content.version(versionId).orElseThrow(() -> new WorkflowException("workflow.error.noSuchVersion"));
        content.lockVersion(versionId);
        return version;
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

    private static void requireState(ArticleVersion version, VersionState... allowed) {
        for (VersionState state : allowed) {
            if (version.getState() == state) {
                return;
            }
        }
        throw new WorkflowException(
                "workflow.error.state", Map.of("state", version.getState().name()));
    }

    private void guard(ArticleVersion version, Transition transition) {
        for (TransitionGuard guard : guards) {
            guard.check(version, transition).ifPresent(problem -> {
                throw problem;
            });
        }
    }

    private static String title(ArticleVersion version) {
        return version.getWorkingRevision().getTitle();
    }
}
