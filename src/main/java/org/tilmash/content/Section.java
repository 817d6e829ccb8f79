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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A news section such as "Breaking news", with its name in each language. */
@Entity
class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "section_name", joinColumns = @JoinColumn(name = "section_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    protected Section() {}

    Section(String slug, int position, Map<String, String> names) {
        this.slug = slug;
        this.position = position;
        this.names = new HashMap<>(names);
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

    /** The name in the first language of {@code chain} that has one, else the slug. */
    public String name(List<String> chain) {
        return chain.stream()
                .map(names::get)
                .filter(name -> name != null)
                .findFirst()
                .or(() -> Optional.of(slug))
                .get();
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }
}
