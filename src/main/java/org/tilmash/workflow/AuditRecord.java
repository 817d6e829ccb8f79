package org.tilmash.workflow;

import java.time.Instant;
import org.tilmash.content.VersionState;

/** One entry of the audit trail: who did what to which language version, when, from which state to which. */
public record AuditRecord(
        Long id,
        Long articleId,
        Long versionId,
        String language,
        Transition action,
        VersionState fromState,
        VersionState toState,
        Integer revisionNumber,
        String actor,
        String comment,
        Instant createdAt) {

    static AuditRecord of(AuditEntry entry) {
        return new AuditRecord(
                entry.getId(),
                entry.getArticleId(),
                entry.getVersionId(),
                entry.getLanguage(),
                entry.getAction(),
                entry.getFromState(),
                entry.getToState(),
                entry.getRevisionNumber(),
                entry.getActor(),
                entry.getComment(),
                entry.getCreatedAt());
    }
}
