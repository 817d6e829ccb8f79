package org.tilmash.content;

import java.util.List;
import java.util.Map;

/**
 * A news section with its name and slug in each language that has one.
 *
 * @param defaultSlug the slug of languages without their own
 * @param archived hidden from readers; its articles stay
 */
public record SectionView(
        Long id,
        String defaultSlug,
        int position,
        boolean archived,
        Map<String, String> names,
        Map<String, String> slugs) {

    static SectionView of(Section section) {
        return new SectionView(
                section.getId(),
                section.getSlug(),
                section.getPosition(),
                section.isArchived(),
                section.getNames(),
                section.getSlugs());
    }

    /** The name in the first language of {@code chain} that has one, else the slug. */
    public String name(List<String> chain) {
        return chain.stream()
                .map(names::get)
                .filter(name -> name != null)
                .findFirst()
                .orElse(defaultSlug);
    }

    /** The slug in the URL readers of {@code language} see. */
    public String slug(String language) {
        return slugs.getOrDefault(language, defaultSlug);
    }
}
