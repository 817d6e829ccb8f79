package org.tilmash.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.tilmash.search.analysis.Searchable;
import org.tilmash.search.analysis.TextBinder;

/** What one language's listing shows of an article: its own published version or a fallback's. */
@Entity
@Table(name = "tilmash_search_public_entry")
@Indexed(index = "public_entry")
@TypeBinding(binder = @TypeBinderRef(type = TextBinder.class))
class PublicEntry implements Searchable {

    @Id
    @DocumentId
    private String id;

    @GenericField(projectable = Projectable.YES)
    private Long articleId;

    @KeywordField
    private String listingLanguage;

    @KeywordField
    private String language;

    @GenericField
    private boolean fallback;

    private Long versionId;

    private String slug;

    @GenericField(aggregable = Aggregable.YES)
    private Long sectionId;

    @GenericField(sortable = Sortable.YES)
    private Instant dateline;

    @GenericField(name = "year", aggregable = Aggregable.YES)
    private int datelineYear;

    private String title;

    @Column(name = "plain_text")
    private String text;

    protected PublicEntry() {}

    PublicEntry(String listingLanguage, Long articleId) {
        this.id = id(listingLanguage, articleId);
        this.listingLanguage = listingLanguage;
        this.articleId = articleId;
    }

    static String id(String listingLanguage, Long articleId) {
        return listingLanguage + ":" + articleId;
    }

    void show(
            String language,
            boolean fallback,
            Long versionId,
            String slug,
            Long sectionId,
            Instant dateline,
            int year,
            String title,
            String text) {
        this.language = language;
        this.fallback = fallback;
        this.versionId = versionId;
        this.slug = slug;
        this.sectionId = sectionId;
        this.dateline = dateline;
        this.datelineYear = year;
        this.title = title;
        this.text = text;
    }

    String getId() {
        return id;
    }

    Long getArticleId() {
        return articleId;
    }

    String getListingLanguage() {
        return listingLanguage;
    }

    @Override
    public String getLanguage() {
        return language;
    }

    boolean isFallback() {
        return fallback;
    }

    Long getVersionId() {
        return versionId;
    }

    String getSlug() {
        return slug;
    }

    Long getSectionId() {
        return sectionId;
    }

    Instant getDateline() {
        return dateline;
    }

    int getYear() {
        return datelineYear;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public String getText() {
        return text;
    }
}
