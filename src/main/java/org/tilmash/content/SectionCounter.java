package org.tilmash.content;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * How many articles readers of one language find in one section: their own language's live versions, and all listed
 * ones including fallbacks. Recounted on publish and unpublish, read by every listing page.
 */
@Entity
@Table(name = "tilmash_section_counter")
@IdClass(SectionCounter.Key.class)
class SectionCounter {

    @Id
    private Long sectionId;

    @Id
    private String language;

    private int publishedCount;

    private int listedCount;

    protected SectionCounter() {}

    SectionCounter(Long sectionId, String language) {
        this.sectionId = sectionId;
        this.language = language;
    }

    Long getSectionId() {
        return sectionId;
    }

    String getLanguage() {
        return language;
    }

    int getPublishedCount() {
        return publishedCount;
    }

    /** Articles listed in this section for readers of the language, fallbacks included. */
    int getListedCount() {
        return listedCount;
    }

    void recount(int published, int listed) {
        this.publishedCount = published;
        this.listedCount = listed;
    }

    record Key(Long sectionId, String language) implements Serializable {}
}
