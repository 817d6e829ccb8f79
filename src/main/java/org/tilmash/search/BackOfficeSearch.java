package org.tilmash.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashDatabase;
import org.tilmash.TilmashTransactional;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.VersionState;
import org.tilmash.search.analysis.LanguageAnalyzers;

/**
 * The back office's search: every version's working text, drafts included, in the languages the signed-in user may
 * read and no other (a translator for Kazakh never finds Russian drafts, not even as a count), optionally one
 * language and one state.
 */
@Service
@TilmashTransactional(readOnly = true)
public class BackOfficeSearch {

    private final EntityManager entityManager;
    private final Permissions permissions;
    private final SearchProperties properties;

    BackOfficeSearch(TilmashDatabase database, Permissions permissions, SearchProperties properties) {
        this.entityManager = database.entityManager();
        this.permissions = permissions;
        this.properties = properties;
    }

    /** Whether the query has any word to search for. */
    public boolean searchable(@Nullable String query) {
        return !Words.of(query, properties.maxQueryLength()).isEmpty();
    }

    /**
     * The articles with a version matching {@code query} that the user may read, best match first, at most
     * {@code limit}.
     */
    public List<Long> articleIds(String query, @Nullable VersionState state, @Nullable String language, int limit) {
        List<String> words = Words.of(query, properties.maxQueryLength());
        List<String> readable = new ArrayList<>(permissions.viewableLanguages());
        if (language != null) {
            readable.retainAll(List.of(language));
        }
        if (words.isEmpty() || readable.isEmpty()) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        readable.forEach(code -> keys.add(LanguageAnalyzers.key(code)));
        List<String> keyList = List.copyOf(keys);
        List<Long> ids = Search.session(entityManager)
                .search(EditorialEntry.class)
                .select(f -> f.field("articleId", Long.class))
                .where(p -> {
                    BooleanPredicateClausesStep<?, ?> bool =
                            p.bool().filter(p.terms().field("language").matchingAny(readable));
                    if (state != null) {
                        bool.filter(p.match().field("state").matching(state.name()));
                    }
                    for (String word : words) {
                        bool.must(ReaderSearch.word(p, word, keyList));
                    }
                    return bool;
                })
                .sort(s -> s.score().then().field("changedAt").desc())
                .fetchHits(limit);
        return List.copyOf(new LinkedHashSet<>(ids));
    }
}
