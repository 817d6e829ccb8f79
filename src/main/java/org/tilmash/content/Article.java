package org.tilmash.content;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The language-neutral facts of a news item. Its text lives in one {@link ArticleVersion} per language. */
@Entity
@Table(name = "tilmash_article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    private String sourceLanguage;

    private String author;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant dateline;

    /** What the article list sorts by: the date, or the creation while undated; a column so the sort uses an index. */
    private Instant listedAt;

    protected Article() {}

    Article(Section section, String sourceLanguage, String author, Instant now) {
        this.section = section;
        this.sourceLanguage = sourceLanguage;
        this.author = author;
        this.createdAt = now;
        this.updatedAt = now;
        this.listedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Section getSection() {
        return section;
    }

    public String getSourceLanguage() {
        return sourceLanguage;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The date readers see on every language version; null until set or first published. */
    public Instant getDateline() {
        return dateline;
    }

    void dateAt(Instant dateline) {
        this.dateline = dateline;
        this.listedAt = dateline != null ? dateline : createdAt;
    }

    /** The first publication dates an article nobody dated. */
    void datePublication(Instant publishedAt) {
        if (dateline == null) {
            dateAt(publishedAt);
        }
    }

    void moveTo(Section section) {
        this.section = section;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }
}
