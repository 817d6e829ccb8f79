package org.tilmash.content;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;

/** How many versions of one language are live in one section; changed on publish and unpublish. */
@Entity
@IdClass(SectionCounter.Key.class)
class SectionCounter {

    @Id
    private Long sectionId;

    @Id
    private String language;

    private int publishedCount;

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

    void add(int delta) {
        publishedCount = Math.max(0, publishedCount + delta);
    }

    record Key(Long sectionId, String language) implements Serializable {}
}
