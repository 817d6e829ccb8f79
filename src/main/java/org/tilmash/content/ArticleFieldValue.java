package org.tilmash.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The value of one {@link ArticleField} on one article, as entered (a date in ISO form, a country by its code). */
@Entity
@Table(name = "tilmash_article_field")
@IdClass(ArticleFieldValue.Key.class)
class ArticleFieldValue {

    @Id
    private Long articleId;

    @Id
    @Column(name = "field_key")
    private String field;

    @Column(name = "field_value")
    private String value;

    protected ArticleFieldValue() {}

    ArticleFieldValue(Long articleId, String field, String value) {
        this.articleId = articleId;
        this.field = field;
        this.value = value;
    }

    String field() {
        return field;
    }

    String value() {
        return value;
    }

    record Key(Long articleId, String field) implements Serializable {}
}
