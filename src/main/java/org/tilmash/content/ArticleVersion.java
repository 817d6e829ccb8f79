package org.tilmash.content;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One language version of an article. It points at its working revision (what editors see) and, once approved, its
 * published revision (what readers see); editing a published version moves only the working pointer.
 */
@Entity
@Table(name = "tilmash_article_version")
class ArticleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    /** Copied from the article so reader listings per section use one index. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    private String language;

    @Enumerated(EnumType.STRING)
    private VersionState state;

    private boolean outdated;

    private String slug;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "working_revision_id")
    private Revision workingRevision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_revision_id")
    private Revision publishedRevision;

    /** The source revision this translation was made from; empty for the source version itself. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_revision_id")
    private Revision sourceRevision;

    /** The revision of the article's source language this translation ultimately rests on. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "root_source_revision_id")
    private Revision rootSourceRevision;

    private Instant publishedAt;

    private Instant stateChangedAt;

    private String stateChangedBy;

    @Version
    private long version;

    protected ArticleVersion() {}

    ArticleVersion(Article article, String language, String slug, String author, Instant now) {
        this.article = article;
        this.section = article.getSection();
        this.language = language;
        this.slug = slug;
        this.state = VersionState.DRAFT;
        this.stateChangedAt = now;
        this.stateChangedBy = author;
    }

    Revision write(ArticleText text, String author, Instant now) {
        int number = workingRevision == null ? 1 : workingRevision.getNumber() + 1;
        Revision revision = new Revision(this, number, text, author, now);
        this.workingRevision = revision;
        if (state != VersionState.DRAFT) {
            changeState(VersionState.DRAFT, author, now);
        }
        article.touch(now);
        return revision;
    }

    void changeState(VersionState next, String actor, Instant now) {
        this.state = next;
        this.stateChangedAt = now;
        this.stateChangedBy = actor;
    }

    void publishWorkingRevision(String actor, Instant now) {
        this.publishedRevision = workingRevision;
        if (publishedAt == null) {
            publishedAt = now;
        }
        changeState(VersionState.PUBLISHED, actor, now);
    }

    void withdraw(String actor, Instant now) {
        this.publishedRevision = null;
        changeState(VersionState.UNPUBLISHED, actor, now);
    }

    void markOutdated(boolean outdated) {
        this.outdated = outdated;
    }

    void changeSlug(String slug) {
        this.slug = slug;
    }

    void pinSource(Revision source, Revision root) {
        this.sourceRevision = source;
        this.rootSourceRevision = root;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    void moveTo(Section section) {
        this.section = section;
    }

    public Section getSection() {
        return section;
    }

    public String getLanguage() {
        return language;
    }

    public VersionState getState() {
        return state;
    }

    public boolean isOutdated() {
        return outdated;
    }

    public String getSlug() {
        return slug;
    }

    public Revision getWorkingRevision() {
        return workingRevision;
    }

    public Revision getPublishedRevision() {
        return publishedRevision;
    }

    public boolean isLive() {
        return publishedRevision != null;
    }

    public Revision getSourceRevision() {
        return sourceRevision;
    }

    public Revision getRootSourceRevision() {
        return rootSourceRevision;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getStateChangedAt() {
        return stateChangedAt;
    }

    public String getStateChangedBy() {
        return stateChangedBy;
    }

    public long getVersion() {
        return version;
    }
}
