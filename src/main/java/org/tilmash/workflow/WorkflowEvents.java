package org.tilmash.workflow;

/** Events the workflow publishes after a transition commits, for notifications and higher modules. */
public final class WorkflowEvents {

    private WorkflowEvents() {}

    /** Common facts of every transition event. */
    public interface VersionEvent {
        Long articleId();

        Long versionId();

        String language();

        String actor();
    }

    public record VersionSubmitted(Long articleId, Long versionId, String language, String actor, String title)
            implements VersionEvent {}

    public record ChangesRequested(
            Long articleId, Long versionId, String language, String actor, String title, String author, String comment)
            implements VersionEvent {}

    public record VersionPublished(
            Long articleId, Long versionId, String language, String actor, String title, String author, Long revisionId)
            implements VersionEvent {}

    public record VersionUnpublished(Long articleId, Long versionId, String language, String actor)
            implements VersionEvent {}

    /**
     * Anything the audit trail records about a version (a save, a slug, a transition, an import, a section or date
     * change): for modules that keep a copy of editorial text, such as search. Published once per recorded change,
     * after commit.
     */
    public record VersionChanged(Long articleId, Long versionId, String language, String actor, String change)
            implements VersionEvent {}
}
