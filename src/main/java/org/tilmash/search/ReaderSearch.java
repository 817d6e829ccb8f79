package org.tilmash.search;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import org.tilmash.TilmashDatabase;
import org.tilmash.TilmashTransactional;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.search.analysis.LanguageAnalyzers;
import org.tilmash.search.analysis.TextBinder;

/**
 * The readers' search: what a language's listings show (its own published versions and, marked, the fallbacks
 * shown in their place), ranked by relevance and then by date, with a highlighted snippet, filtered by section and
 * year. Every word must be found, in the text's own analysis, in its transliterated skeleton (the other script), or
 * with a typo or two in longer words.
 */
@Service
@TilmashTransactional(readOnly = true)
public class ReaderSearch {

    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");
    private static final AggregationKey<Map<Long, Long>> SECTIONS = AggregationKey.of("sections");
    private static final int SNIPPET = 220;

    /** How much more the language's own text weighs than a fallback's that matches as well (see README). */
    static final float OWN_TEXT = 1.5f;

    private final EntityManager entityManager;
    private final LanguageRegistry languages;
    private final SearchProperties properties;

    ReaderSearch(TilmashDatabase database, LanguageRegistry languages, SearchProperties properties) {
        this.entityManager = database.entityManager();
        this.languages = languages;
        this.properties = properties;
    }

    /**
     * One result.
     *
     * @param language the language of the text found; differs from the search's when {@code fallback}
     * @param snippet HTML: escaped text with the words found in {@code <mark>}
     */
    public record Hit(
            Long articleId,
            String language,
            boolean fallback,
            String slug,
            Long sectionId,
            String title,
            String snippet,
            Instant dateline) {}

    /**
     * A page of results.
     *
     * @param searched false when the query had no word to search for (empty, or only punctuation)
     * @param years how many results each year has, newest year first
     * @param sections how many results each section has
     */
    public record Results(
            boolean searched,
            List<Hit> hits,
            long total,
            int page,
            int pageSize,
            Map<Integer, Long> years,
            Map<Long, Long> sections) {

        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        static Results none(int pageSize) {
            return new Results(false, List.of(), 0, 1, pageSize, Map.of(), Map.of());
        }
    }

    /**
     * Page {@code page} (from 1) of the results for {@code query} in a language's listings.
     *
     * @param withFallbacks the listings show fallbacks (in the other scope, only the language's own versions)
     */
    public Results search(
            Language language,
            boolean withFallbacks,
            @Nullable String query,
            @Nullable Long sectionId,
            @Nullable Integer year,
            int page) {
        int size = properties.pageSize();
        List<String> words = Words.of(query, properties.maxQueryLength());
        if (words.isEmpty() || page < 1 || page > 1000) {
            return Results.none(size);
        }
        List<String> keys = keys(language);
        List<SearchProjection<?>> projections = new ArrayList<>();
        var session = Search.session(entityManager);
        var scope = session.scope(PublicEntry.class);
        var f = scope.projection();
        projections.add(f.entity().toProjection());
        for (String key : keys) {
            projections.add(f.highlight(TextBinder.text(key)).toProjection());
        }
        SearchResult<List<?>> result = session.search(scope)
                .select(projections.toArray(SearchProjection[]::new))
                .where(p -> {
                    BooleanPredicateClausesStep<?, ?> bool =
                            p.bool().filter(p.match().field("listingLanguage").matching(language.code()));
                    if (!withFallbacks) {
                        bool.filter(p.match().field("fallback").matching(false));
                    }
                    if (sectionId != null) {
                        bool.filter(p.match().field("sectionId").matching(sectionId));
                    }
                    if (year != null) {
                        bool.filter(p.match().field("year").matching(year));
                    }
                    BooleanPredicateClausesStep<?, ?> own =
                            p.bool().filter(p.match().field("fallback").matching(false));
                    for (String word : words) {
                        bool.must(word(p, word, keys));
                        own.must(word(p, word, keys));
                    }
                    // The language's own text counts OWN_TEXT times what a fallback's matching as well does, so it
                    // ranks first unless the fallback is clearly the better match.
                    bool.should(own.boost(OWN_TEXT - 1));
                    return bool;
                })
                .sort(s -> s.score().then().field("dateline").desc())
                .highlighter(h -> h.plain()
                        .encoder(HighlighterEncoder.HTML)
                        .tag("<mark>", "</mark>")
                        .fragmentSize(SNIPPET)
                        .numberOfFragments(1))
                .aggregation(YEARS, a -> a.terms().field("year", Integer.class).maxTermCount(30))
                .aggregation(
                        SECTIONS, a -> a.terms().field("sectionId", Long.class).maxTermCount(100))
                .fetch((page - 1) * size, size);
        List<Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            PublicEntry entry = (PublicEntry) row.getFirst();
            String snippet = null;
            for (int i = 1; i < row.size() && snippet == null; i++) {
                @SuppressWarnings("unchecked")
                List<String> fragments = (List<String>) row.get(i);
                snippet = fragments.isEmpty() ? null : fragments.getFirst();
            }
            hits.add(new Hit(
                    entry.getArticleId(),
                    entry.getLanguage(),
                    entry.isFallback(),
                    entry.getSlug(),
                    entry.getSectionId(),
                    entry.getTitle(),
                    Optional.ofNullable(snippet)
                            .map(fragment -> Marks.cutShort(fragment, entry.getText()))
                            // found through the other script or with a typo: the engine marked nothing
                            .or(() -> Marks.snippet(entry.getText(), entry.getLanguage(), words, SNIPPET))
                            .orElseGet(() -> opening(entry.getText())),
                    entry.getDateline()));
        }
        Map<Integer, Long> years = new TreeMap<>(java.util.Comparator.reverseOrder());
        years.putAll(result.aggregation(YEARS));
        return new Results(
                true, hits, result.total().hitCount(), page, size, years, new TreeMap<>(result.aggregation(SECTIONS)));
    }

    /** The analysis keys of the texts a language's listings may show: its own and its fallbacks'. */
    private List<String> keys(Language language) {
        Set<String> keys = new LinkedHashSet<>();
        languages.chain(language).forEach(l -> keys.add(LanguageAnalyzers.key(l.code())));
        return List.copyOf(keys);
    }

    /** One word, found in any of the languages' fields: as written, transliterated, or with typos. */
    static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep word(
            SearchPredicateFactory p, String word, List<String> keys) {
        BooleanPredicateClausesStep<?, ?> any = p.bool();
        int typos = Words.typos(word);
        for (String key : keys) {
            any.should(p.match().field(TextBinder.title(key)).matching(word).boost(3f));
            any.should(p.match().field(TextBinder.text(key)).matching(word));
            any.should(p.match().field(TextBinder.skeleton(key)).matching(word).boost(0.5f));
            if (typos > 0) {
                any.should(p.match()
                        .field(TextBinder.title(key))
                        .field(TextBinder.text(key))
                        .matching(word)
                        .fuzzy(typos, 1)
                        .boost(0.2f));
            }
        }
        return any;
    }

    private static String opening(String text) {
        String cut = text.length() > SNIPPET ? text.substring(0, SNIPPET) + "…" : text;
        return HtmlUtils.htmlEscape(cut);
    }
}
