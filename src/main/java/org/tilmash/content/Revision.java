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
import org.hibernate.annotations.Immutable;

/** An immutable snapshot of a version's text, written on every save. */
@Entity
@Table(name = "tilmash_revision")
@Immutable
class Revision {

    static final int MAX_TITLE = 300;
    static final int MAX_INTRO = 4000;
    static final int MAX_BODY = 1_000_000;
    static final int MAX_BYLINE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private ArticleVersion version;

    private int number;

    private String title;

    private String intro;

    private String body;

    private String byline;

    private String author;

    private Instant createdAt;

    protected Revision() {}

    Revision(ArticleVersion version, int number, ArticleText text, String author, Instant createdAt) {
        this.version = version;
        this.number = number;
        this.title = text.title();
        this.intro = text.intro();
        this.body = text.body();
        this.byline = text.byline() == null ? "" : text.byline();
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public ArticleVersion getVersion() {
        return version;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }

    /** Sanitized HTML. */
    public String getBody() {
        return body;
    }

    public String getByline() {
        return byline;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ArticleText text() {
        return new ArticleText(title, intro, body, byline);
    }
}
