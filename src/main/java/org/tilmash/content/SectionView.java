package org.tilmash.content;

import java.util.List;
import java.util.Map;

/** A news section with its name in each language that has one. */
public record SectionView(Long id, String slug, int position, Map<String, String> names) {

    static SectionView of(Section section) {
        return new SectionView(section.getId(), section.getSlug(), section.getPosition(), section.getNames());
    }

    /** The name in the first language of {@code chain} that has one, else the slug. */
    public String name(List<String> chain) {
        return chain.stream()
                .map(names::get)
                .filter(name -> name != null)
                .findFirst()
                .orElse(slug);
    }
}
