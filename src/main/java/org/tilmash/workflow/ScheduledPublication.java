package org.tilmash.workflow;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An approval that waits: for its publication time, or for the other members of its release. */
@Entity
@Table(name = "tilmash_scheduled_publication")
class ScheduledPublication {

    /** Where a waiting approval stands. */
    enum Status {
        PENDING,
        DONE,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long versionId;

    private Long articleId;

    private String language;

    private Long revisionId;

    private Long releaseId;

    private Instant publishAt;

    private String approvedBy;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant createdAt;

    private Instant doneAt;

    protected ScheduledPublication() {}

    ScheduledPublication(
            Long versionId,
            Long articleId,
            String language,
            Long revisionId,
            Long releaseId,
            Instant publishAt,
            String approvedBy,
            Instant createdAt) {
        this.versionId = versionId;
        this.articleId = articleId;
        this.language = language;
        this.revisionId = revisionId;
        this.releaseId = releaseId;
        this.publishAt = publishAt;
        this.approvedBy = approvedBy;
        this.status = Status.PENDING;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getVersionId() {
        return versionId;
    }

    String getApprovedBy() {
        return approvedBy;
    }

    Instant getPublishAt() {
        return publishAt;
    }
}
