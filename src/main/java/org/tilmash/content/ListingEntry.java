package org.tilmash.content;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One article as listed to readers of one language; see {@code V10__reader_listing.sql}. */
@Entity
@Table(name = "tilmash_listing_entry")
@IdClass(ListingEntry.Key.class)
class ListingEntry {

    @Id
    private String language;

    @Id
    private Long articleId;

    private Long sectionId;

    private Long versionId;

    private Instant dateline;

    private boolean fallback;

    protected ListingEntry() {}

    ListingEntry(String language, ArticleVersion shown) {
        this.language = language;
        this.articleId = shown.getArticle().getId();
        show(shown);
    }

    void show(ArticleVersion shown) {
        this.sectionId = shown.getSection().getId();
        this.versionId = shown.getId();
        this.dateline = shown.getArticle().getDateline();
        this.fallback = !shown.getLanguage().equals(language);
    }

    String getLanguage() {
        return language;
    }

    Long getArticleId() {
        return articleId;
    }

    Long getSectionId() {
        return sectionId;
    }

    Long getVersionId() {
        return versionId;
    }

    Instant getDateline() {
        return dateline;
    }

    boolean isFallback() {
        return fallback;
    }

    record Key(String language, Long articleId) implements Serializable {}
}
