package org.tilmash.workflow;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.tilmash.content.VersionState;
import org.tilmash.content.VersionView;

/** One line of the audit trail: who did what to which language version, when, from which state to which. */
@Entity
@Table(name = "tilmash_audit_entry")
@Immutable
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long articleId;

    private Long versionId;

    private String language;

    @Enumerated(EnumType.STRING)
    private Transition action;

    @Enumerated(EnumType.STRING)
    private VersionState fromState;

    @Enumerated(EnumType.STRING)
    private VersionState toState;

    private Integer revisionNumber;

    private String actor;

    private String comment;

    private Instant createdAt;

    protected AuditEntry() {}

    AuditEntry(VersionView version, Transition action, VersionState from, String actor, String comment, Instant at) {
        this.articleId = version.articleId();
        this.versionId = version.id();
        this.language = version.language();
        this.action = action;
        this.fromState = from;
        this.toState = version.state();
        this.revisionNumber = version.working().number();
        this.actor = actor;
        this.comment = comment;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getArticleId() {
        return articleId;
    }

    public Long getVersionId() {
        return versionId;
    }

    public String getLanguage() {
        return language;
    }

    public Transition getAction() {
        return action;
    }

    public VersionState getFromState() {
        return fromState;
    }

    public VersionState getToState() {
        return toState;
    }

    public Integer getRevisionNumber() {
        return revisionNumber;
    }

    public String getActor() {
        return actor;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
