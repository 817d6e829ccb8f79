package org.tilmash.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.tilmash.content.ReaderQueries;
import org.tilmash.content.SectionView;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.i18n.UnknownLanguageException;

/** What every public page needs to know about its reader's language: names, scope and sections. */
@Component
class ReaderContext {

    private final LanguageRegistry languages;
    private final SectionSnapshot reader;
    private final SiteProperties properties;

    ReaderContext(LanguageRegistry languages, SectionSnapshot reader, SiteProperties properties) {
        this.languages = languages;
        this.reader = reader;
        this.properties = properties;
    }

    /** The language of a path segment; unknown ones are a 404. */
    Language language(String code) {
        return languages.find(code).orElseThrow(() -> new UnknownLanguageException(code));
    }

    Language defaultLanguage() {
        return languages.defaultLanguage();
    }

    ReaderQueries.Scope scope() {
        return properties.isShowFallbacks() ? ReaderQueries.Scope.WITH_FALLBACKS : ReaderQueries.Scope.OWN;
    }

    List<String> chain(Language language) {
        return languages.chain(language).stream().map(Language::code).toList();
    }

    /** Section names in the reader's language (along its chain), by section id. */
    Map<Long, String> sectionNames(Language language, List<SectionView> sections) {
        List<String> chain = chain(language);
        return sections.stream().collect(Collectors.toMap(SectionView::id, section -> section.name(chain)));
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** How many articles a listing of all news or of one section has in the reader's language. */
    long listingTotal(Language language, Optional<SectionView> section) {
        Map<Long, Integer> counts = reader.counts(language.code(), scope());
        return section.map(s -> (long) counts.getOrDefault(s.id(), 0))
                .orElseGet(() ->
                        counts.values().stream().mapToLong(Integer::longValue).sum());
    }

    /**
     * Every section in the reader's language, with listed counts, in the order editors gave them on the sections page
     * (the same in every language, never the alphabet's).
     */
    List<SectionLink> sectionLinks(Language language, Optional<Long> currentId) {
        List<SectionView> sections = reader.sections();
        Map<Long, String> names = sectionNames(language, sections);
        Map<Long, Integer> counts = reader.counts(language.code(), scope());
        return sections.stream()
                .map(section -> new SectionLink(
                        section.id(),
                        section.slug(language.code()),
                        names.get(section.id()),
                        counts.getOrDefault(section.id(), 0),
                        SiteUrls.section(language.code(), section.slug(language.code())),
                        currentId.map(section.id()::equals).orElse(false)))
                .toList();
    }
}
