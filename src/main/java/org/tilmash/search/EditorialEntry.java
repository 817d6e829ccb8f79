package org.tilmash.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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

/** One language version's working text, drafts included, as the back office searches it. */
@Entity
@Table(name = "tilmash_search_editorial_entry")
@Indexed(index = "editorial_entry")
@TypeBinding(binder = @TypeBinderRef(type = TextBinder.class))
class EditorialEntry implements Searchable {

    @Id
    @DocumentId
    private Long versionId;

    @GenericField(projectable = Projectable.YES)
    private Long articleId;

    @KeywordField
    private String language;

    @KeywordField
    private String state;

    @GenericField
    private Long sectionId;

    private String title;

    @Column(name = "plain_text")
    private String text;

    @GenericField(sortable = Sortable.YES)
    private Instant changedAt;

    protected EditorialEntry() {}

    EditorialEntry(Long versionId, Long articleId) {
        this.versionId = versionId;
        this.articleId = articleId;
    }

    void show(String language, String state, Long sectionId, String title, String text, Instant changedAt) {
        this.language = language;
        this.state = state;
        this.sectionId = sectionId;
        this.title = title;
        this.text = text;
        this.changedAt = changedAt;
    }

    Long getVersionId() {
        return versionId;
    }

    Long getArticleId() {
        return articleId;
    }

    @Override
    public String getLanguage() {
        return language;
    }

    String getState() {
        return state;
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
