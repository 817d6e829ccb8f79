package org.tilmash.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * A news section such as "Breaking news", with its name and URL slug in each language. Languages without a slug of
 * their own use {@link #getSlug() the section's slug}. An archived section is hidden from readers; a merged one
 * only redirects to the section it was merged into.
 */
@Entity
@Table(name = "tilmash_section")
class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private int position;

    private boolean archived;

    private Long mergedInto;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tilmash_section_name", joinColumns = @JoinColumn(name = "section_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tilmash_section_slug", joinColumns = @JoinColumn(name = "section_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "slug")
    private Map<String, String> slugs = new HashMap<>();

    protected Section() {}

    Section(String slug, int position, Map<String, String> names, Map<String, String> slugs) {
        this.slug = slug;
        this.position = position;
        this.names = new HashMap<>(names);
        this.slugs = new HashMap<>(slugs);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }

    public boolean isArchived() {
        return archived;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }

    public Map<String, String> getSlugs() {
        return Map.copyOf(slugs);
    }

    boolean isShown() {
        return !archived && mergedInto == null;
    }

    /** Whether any of its current slugs, in any language, is {@code wanted}. */
    boolean answersTo(String wanted) {
        return slug.equals(wanted) || slugs.containsValue(wanted);
    }

    /** The slug readers of {@code language} see in the section's URL. */
    String slug(String language) {
        return slugs.getOrDefault(language, slug);
    }

    void rename(Map<String, String> names, Map<String, String> slugs) {
        this.names.clear();
        this.names.putAll(names);
        this.slugs.clear();
        this.slugs.putAll(slugs);
    }

    void moveTo(int position) {
        this.position = position;
    }

    void archive(boolean archived) {
        this.archived = archived;
    }

    void mergeInto(Section target) {
        this.mergedInto = target.getId();
        this.archived = true;
    }
}
