package org.tilmash.workflow;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Language versions of one article that go live together, once every one of them is approved. */
@Entity
@Table(name = "tilmash_release_group")
class ReleaseGroup {

    /** Whether the release still waits for approvals or has gone live. */
    enum Status {
        OPEN,
        PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long articleId;

    private Instant publishAt;

    private String createdBy;

    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    @ElementCollection
    @CollectionTable(name = "tilmash_release_member", joinColumns = @JoinColumn(name = "release_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    protected ReleaseGroup() {}

    ReleaseGroup(Long articleId, List<String> languages, Instant publishAt, String createdBy, Instant createdAt) {
        this.articleId = articleId;
        this.languages = new HashSet<>(languages);
        this.publishAt = publishAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = Status.OPEN;
    }

    Long getId() {
        return id;
    }

    Instant getPublishAt() {
        return publishAt;
    }

    Set<String> getLanguages() {
        return languages;
    }
}
