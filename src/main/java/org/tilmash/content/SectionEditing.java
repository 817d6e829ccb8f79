package org.tilmash.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.tilmash.TilmashTransactional;
import org.tilmash.i18n.InputText;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.i18n.Slugs;

/**
 * Sections as editors manage them: names and slugs per language, order, archiving and merging. A slug a section gives
 * up keeps leading to it, so no old section URL dies. Like {@link ContentEditing}, only the workflow calls it, inside
 * its transaction.
 */
@Service
@NamedInterface("editing")
@TilmashTransactional(propagation = Propagation.MANDATORY)
public class SectionEditing {

    /** What the section route accepts: a slug starting with a digit would read as an article's id. */
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,79}");

    static final int MAX_NAME = 200;

    private final SectionRepository sections;
    private final FormerSectionSlugRepository formerSlugs;
    private final ArticleVersionRepository versions;
    private final ContentEditing editing;
    private final Slugs slugs;
    private final LanguageRegistry languages;
    private final ApplicationEventPublisher events;

    SectionEditing(
            SectionRepository sections,
            FormerSectionSlugRepository formerSlugs,
            ArticleVersionRepository versions,
            ContentEditing editing,
            Slugs slugs,
            LanguageRegistry languages,
            ApplicationEventPublisher events) {
        this.events = events;
        this.sections = sections;
        this.formerSlugs = formerSlugs;
        this.versions = versions;
        this.editing = editing;
        this.slugs = slugs;
        this.languages = languages;
    }

    /**
     * A new section, last in order. Languages without a slug given get one transliterated from their name.
     *
     * @throws TextRefusedException when no name is given, or a given slug is malformed or taken
     */
    public SectionView create(Map<String, String> names, Map<String, String> wantedSlugs) {
        Map<String, String> cleanNames = cleanNames(names);
        String defaultSlug = defaultSlug(cleanNames, wantedSlugs);
        Section section = new Section(defaultSlug, (int) sections.count(), cleanNames, Map.of());
        section = sections.save(section);
        section.rename(cleanNames, slugsFor(section, cleanNames, wantedSlugs));
        releaseFormerSlugs(section);
        events.publishEvent(new ReaderChanges.SectionsChanged(section.getId()));
        return SectionView.of(section);
    }

    /** New names and slugs; the slugs the section had in each language keep redirecting to it. */
    public SectionView rename(Long sectionId, Map<String, String> names, Map<String, String> wantedSlugs) {
        Section section = load(sectionId);
        Map<String, String> cleanNames = cleanNames(names);
        Map<String, String> before = effectiveSlugs(section);
        section.rename(cleanNames, slugsFor(section, cleanNames, wantedSlugs));
        before.forEach((language, slug) -> {
            if (!slug.equals(section.slug(language))) {
                remember(language, slug, section.getId());
            }
        });
        releaseFormerSlugs(section);
        events.publishEvent(new ReaderChanges.SectionsChanged(section.getId()));
        return SectionView.of(section);
    }

    /** Puts the sections in the order of {@code sectionIds}; sections not named keep their place after them. */
    public void reorder(List<Long> sectionIds) {
        List<Section> all = sections.findAllByOrderByPositionAscIdAsc();
        int position = 0;
        for (Long id : sectionIds) {
            for (Section section : all) {
                if (section.getId().equals(id)) {
                    section.moveTo(position++);
                }
            }
        }
        for (Section section : all) {
            if (!sectionIds.contains(section.getId())) {
                section.moveTo(position++);
            }
        }
        if (!all.isEmpty()) {
            events.publishEvent(new ReaderChanges.SectionsChanged(all.getFirst().getId()));
        }
    }

    public void archive(Long sectionId, boolean archived) {
        Section section = load(sectionId);
        if (section.getMergedInto() == null) {
            section.archive(archived);
            events.publishEvent(new ReaderChanges.SectionsChanged(sectionId));
        }
    }

    /** The articles of a section, for moving them one by one (each move is audited). */
    public List<Long> articlesIn(Long sectionId) {
        return versions.findArticleIdsInSection(load(sectionId).getId());
    }

    /**
     * Retires a section whose articles moved into another, which takes over its readers: the merged section's URLs
     * redirect there from now on.
     */
    public void merge(Long sectionId, Long intoId) {
        Section merged = load(sectionId);
        Section target = load(intoId);
        if (merged.getId().equals(target.getId()) || target.getMergedInto() != null) {
            throw new TextRefusedException("section.error.mergeTarget", Map.of());
        }
        articlesIn(sectionId).forEach(articleId -> editing.moveArticle(articleId, target.getId()));
        effectiveSlugs(merged).forEach((language, slug) -> remember(language, slug, target.getId()));
        merged.mergeInto(target);
        events.publishEvent(new ReaderChanges.SectionsChanged(sectionId));
    }

    private Section load(Long sectionId) {
        return sections.findById(sectionId).orElseThrow(() -> new NoSuchSectionException(sectionId));
    }

    private Map<String, String> cleanNames(Map<String, String> names) {
        Map<String, String> clean = new HashMap<>();
        names.forEach((language, name) -> {
            String text = InputText.normalize(name).strip();
            if (!text.isEmpty() && languages.find(language).isPresent()) {
                if (text.length() > MAX_NAME) {
                    throw new TextRefusedException("section.error.nameTooLong", Map.of("max", MAX_NAME));
                }
                clean.put(language, text);
            }
        });
        if (clean.isEmpty()) {
            throw new TextRefusedException("section.error.noName", Map.of());
        }
        return clean;
    }

    /**
     * The slug of languages without their own: the default language's, as wanted or made from its name, else one
     * made from any name given.
     */
    private String defaultSlug(Map<String, String> names, Map<String, String> wanted) {
        String language = names.containsKey(languages.defaultLanguage().code())
                ? languages.defaultLanguage().code()
                : names.keySet().stream().sorted().findFirst().orElseThrow();
        String given = InputText.normalize(wanted.getOrDefault(language, "")).strip();
        String base = routable(slugs.slugify(given.isEmpty() ? names.get(language) : given, language));
        String slug = base;
        for (int n = 2; sections.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** One slug per named language: the wanted one if it is free, else one made from the name. */
    private Map<String, String> slugsFor(Section section, Map<String, String> names, Map<String, String> wanted) {
        List<Section> others = sections.findAllByOrderByPositionAscIdAsc().stream()
                .filter(other -> !other.getId().equals(section.getId()) && other.getMergedInto() == null)
                .toList();
        Map<String, String> result = new HashMap<>();
        for (String language : names.keySet()) {
            String given =
                    InputText.normalize(wanted.getOrDefault(language, "")).strip();
            if (given.isEmpty()) {
                result.put(language, free(others, language, routable(slugs.slugify(names.get(language), language))));
            } else {
                String slug = slugs.slugify(given, language);
                if (!SLUG.matcher(slug).matches()) {
                    throw new TextRefusedException("section.error.slugMalformed", Map.of("slug", given));
                }
                if (taken(others, language, slug)) {
                    throw new TextRefusedException(
                            "section.error.slugTaken", Map.of("slug", slug, "language", language));
                }
                result.put(language, slug);
            }
        }
        return result;
    }

    private static String free(List<Section> others, String language, String base) {
        String slug = base;
        for (int n = 2; taken(others, language, slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static boolean taken(List<Section> others, String language, String slug) {
        return others.stream().anyMatch(other -> other.slug(language).equals(slug));
    }

    private static String routable(String slug) {
        return SLUG.matcher(slug).matches() ? slug : "section-" + slug;
    }

    private Map<String, String> effectiveSlugs(Section section) {
        Map<String, String> effective = new HashMap<>();
        for (Language language : languages.all()) {
            effective.put(language.code(), section.slug(language.code()));
        }
        return effective;
    }

    private void remember(String language, String slug, Long sectionId) {
        formerSlugs
                .findById(new FormerSectionSlug.Key(language, slug))
                .ifPresentOrElse(
                        former -> former.pointTo(sectionId),
                        () -> formerSlugs.save(new FormerSectionSlug(language, slug, sectionId)));
    }

    /** A slug a section takes now is no longer another's old one. */
    private void releaseFormerSlugs(Section section) {
        effectiveSlugs(section)
                .forEach((language, slug) -> formerSlugs.deleteById(new FormerSectionSlug.Key(language, slug)));
    }
}
