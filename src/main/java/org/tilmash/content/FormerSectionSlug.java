package org.tilmash.content;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A slug a section had in a language before it was renamed or merged: its old URLs redirect to the section. */
@Entity
@Table(name = "tilmash_section_former_slug")
@IdClass(FormerSectionSlug.Key.class)
class FormerSectionSlug {

    @Id
    private String language;

    @Id
    private String slug;

    private Long sectionId;

    protected FormerSectionSlug() {}

    FormerSectionSlug(String language, String slug, Long sectionId) {
        this.language = language;
        this.slug = slug;
        this.sectionId = sectionId;
    }

    Long getSectionId() {
        return sectionId;
    }

    void pointTo(Long sectionId) {
        this.sectionId = sectionId;
    }

    record Key(String language, String slug) implements Serializable {}
}
