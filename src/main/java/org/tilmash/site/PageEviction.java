package org.tilmash.site;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tilmash.TilmashDatabase;
import org.tilmash.content.ReaderChanges;
import org.tilmash.content.ReaderQueries;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;

/**
 * Turns what changed for readers into the surrogate keys of exactly the pages that show it, after the change is
 * committed, and hands them to every {@link PagePurge} (the page cache, a CDN's webhook):
 *
 * <ul>
 *   <li>a new revision going live or a new slug: the article's pages in every language (fallbacks included), the
 *       pages linking it as previous/next, the listings and feeds listing it, and the sitemap;
 *   <li>an article entering, leaving or moving within listings (publication, unpublication, a new date or section):
 *       also every listing, home page and feed of each language that shows that version (the language and those
 *       falling back to it), and the pages of its new neighbours;
 *   <li>a section created, renamed, reordered, archived or merged, or the listings rebuilt at start: every page
 *       (their navigation names the sections).
 * </ul>
 *
 * Each change also makes {@link SectionSnapshot} forget the sections and counters it kept.
 *
 * A theme or bundle change takes a restart, which starts with an empty cache and, through the build and theme in
 * every ETag, new tags.
 */
@Component
class PageEviction {

    private final List<PagePurge> purges;
    private final ReaderQueries reader;
    private final ReaderContext context;
    private final LanguageRegistry languages;

    private final TransactionTemplate fresh;
    private final SectionSnapshot sections;

    PageEviction(
            List<PagePurge> purges,
            SectionSnapshot sections,
            ReaderQueries reader,
            ReaderContext context,
            LanguageRegistry languages,
            TilmashDatabase database) {
        this.purges = purges;
        this.sections = sections;
        // The committed transaction's resources are still bound while its after-commit listeners run: the new
        // neighbours are read in a transaction of their own, from what was committed.
        this.fresh = database.transaction();
        this.fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.fresh.setReadOnly(true);
        this.reader = reader;
        this.context = context;
        this.languages = languages;
    }

    @TransactionalEventListener
    void articleChanged(ReaderChanges.ArticleChanged change) {
        // The section counters may have moved.
        sections.forget();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(PageTags.article(change.articleId()));
        keys.add(PageTags.SITEMAP);
        if (change.listings()) {
            fresh.executeWithoutResult(status -> {
                for (Language language : showing(change.language())) {
                    keys.add(PageTags.listings(language.code()));
                    ReaderQueries.Neighbours neighbours =
                            reader.neighbours(language.code(), context.scope(), change.articleId());
                    neighbours.older().ifPresent(older -> keys.add(PageTags.article(older.articleId())));
                    neighbours.newer().ifPresent(newer -> keys.add(PageTags.article(newer.articleId())));
                }
            });
        }
        purge(keys);
    }

    @TransactionalEventListener
    void sectionsChanged(ReaderChanges.SectionsChanged change) {
        sections.forget();
        purge(Set.of(PageTags.SITE));
    }

    @TransactionalEventListener
    void listingsRebuilt(ReaderChanges.ListingsRebuilt change) {
        sections.forget();
        purge(Set.of(PageTags.SITE));
    }

    /** The languages whose pages may show a version in {@code language}: itself and those falling back to it. */
    private List<Language> showing(String language) {
        if (language == null) {
            return languages.all();
        }
        return languages.all().stream()
                .filter(candidate -> languages.chain(candidate).stream()
                        .anyMatch(fallback -> fallback.code().equals(language)))
                .toList();
    }

    private void purge(Set<String> keys) {
        Set<String> frozen = Set.copyOf(keys);
        purges.forEach(purge -> purge.purge(frozen));
    }
}
