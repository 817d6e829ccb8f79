package org.tilmash.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashDatabase;
import org.tilmash.TilmashTransactional;

/**
 * The back office's list of articles: searched in the working text of every version the viewer may read (drafts
 * included), filtered, sorted, and paged by key so the hundredth page costs what the first does: one query for the
 * page's ids, one for their versions.
 */
@Service
@TilmashTransactional(readOnly = true)
public class ArticleSearch {

    private final EntityManager entityManager;
    private final ArticleVersionRepository versions;

    ArticleSearch(TilmashDatabase database, ArticleVersionRepository versions) {
        this.entityManager = database.entityManager();
        this.versions = versions;
    }

    public enum Sort {
        DATE_DESC("a.listedAt", false),
        DATE_ASC("a.listedAt", true),
        UPDATED_DESC("a.updatedAt", false),
        UPDATED_ASC("a.updatedAt", true);

        private final String key;
        private final boolean ascending;

        Sort(String key, boolean ascending) {
            this.key = key;
            this.ascending = ascending;
        }
    }

    /** Where the next page starts: after the article with this sort key and id. */
    public record Cursor(Instant key, Long articleId) {}

    /**
     * What to list; null fields match everything.
     *
     * @param readable languages whose working text the viewer may read: only those are searched and shown
     * @param text words searched in titles, intros and bodies
     * @param needsAction versions waiting for this viewer: in review in {@code reviewable} languages by someone else,
     *     outdated in {@code editable} ones, or sent back to them with changes requested
     * @param articleIds only these articles (what a search index found for the words); null for all
     */
    public record Query(
            Collection<String> readable,
            @Nullable String text,
            @Nullable Long sectionId,
            @Nullable VersionState state,
            @Nullable String language,
            @Nullable String author,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable NeedsAction needsAction,
            Sort sort,
            @Nullable Collection<Long> articleIds) {

        public Query(
                Collection<String> readable,
                @Nullable String text,
                @Nullable Long sectionId,
                @Nullable VersionState state,
                @Nullable String language,
                @Nullable String author,
                @Nullable Instant from,
                @Nullable Instant to,
                @Nullable NeedsAction needsAction,
                Sort sort) {
            this(readable, text, sectionId, state, language, author, from, to, needsAction, sort, null);
        }
    }

    public record NeedsAction(String viewer, Collection<String> reviewable, Collection<String> editable) {}

    /**
     * One listed article, with its date (or creation time while undated) and one cell per language version.
     *
     * @param sortKey the value the page is ordered by, for the next page's cursor
     */
    public record Row(Coverage.Row article, @Nullable Instant dateline, Instant sortKey) {

        /** The version moved last: who holds the article now, and since when. */
        public Optional<Coverage.Cell> lastChange() {
            return article.cells().values().stream().max(java.util.Comparator.comparing(Coverage.Cell::since));
        }
    }

    public record Page(List<Row> rows, Optional<Cursor> next) {}

    public Page search(Query query, Optional<Cursor> after, int size) {
        if (query.readable().isEmpty()
                || (query.articleIds() != null && query.articleIds().isEmpty())) {
            return new Page(List.of(), Optional.empty());
        }
        Map<String, Object> parameters = new HashMap<>();
        String jpql = "select a.id, " + query.sort().key + " from Article a where " + conditions(query, parameters)
                + after.map(cursor -> keyset(query.sort(), cursor, parameters)).orElse("")
                + " order by " + query.sort().key + direction(query.sort()) + ", a.id" + direction(query.sort());
        TypedQuery<Object[]> ids =
                entityManager.createQuery(jpql, Object[].class).setMaxResults(size + 1);
        parameters.forEach(ids::setParameter);
        List<Object[]> found = ids.getResultList();
        List<Object[]> shown = found.subList(0, Math.min(size, found.size()));
        Map<Long, Row> byId = rows(shown.stream().map(row -> (Long) row[0]).toList(), query.readable());
        List<Row> rows = new ArrayList<>();
        for (Object[] id : shown) {
            Optional.ofNullable(byId.get((Long) id[0]))
                    .ifPresent(row -> rows.add(new Row(row.article(), row.dateline(), (Instant) id[1])));
        }
        Optional<Cursor> next = found.size() > size
                ? Optional.of(new Cursor((Instant) shown.getLast()[1], (Long) shown.getLast()[0]))
                : Optional.empty();
        return new Page(rows, next);
    }

    /** The rows of these articles, titled with what a reader of {@code readable} languages may see; by id. */
    public Map<Long, Row> rows(Collection<Long> articleIds, Collection<String> readable) {
        Map<Long, Row> rows = new HashMap<>();
        versions.findForCoverage(articleIds).stream()
                .collect(Collectors.groupingBy(version -> version.getArticle().getId()))
                .forEach((id, articleVersions) -> {
                    Coverage.Row row = ContentService.row(articleVersions, readable);
                    Article article = articleVersions.getFirst().getArticle();
                    if (row != null) {
                        rows.put(id, new Row(row, article.getDateline(), article.getCreatedAt()));
                    }
                });
        return rows;
    }

    private static String conditions(Query query, Map<String, Object> parameters) {
        List<String> where = new ArrayList<>();
        parameters.put("readable", query.readable());
        where.add("exists (select 1 from ArticleVersion r where r.article = a and r.language in :readable)");
        if (query.text() != null && !query.text().isBlank()) {
            parameters.put("text", "%" + likeEscaped(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
            where.add("exists (select 1 from ArticleVersion t join t.workingRevision w where t.article = a"
                    + " and t.language in :readable and (lower(w.title) like :text escape '\\'"
                    + " or lower(w.intro) like :text escape '\\' or lower(w.body) like :text escape '\\'))");
        }
        if (query.articleIds() != null) {
            parameters.put("articleIds", query.articleIds());
            where.add("a.id in :articleIds");
        }
        if (query.sectionId() != null) {
            parameters.put("sectionId", query.sectionId());
            where.add("a.section.id = :sectionId");
        }
        if (query.state() != null || query.language() != null) {
            List<String> version = new ArrayList<>();
            if (query.state() != null) {
                parameters.put("state", query.state());
                version.add("s.state = :state");
            }
            if (query.language() != null) {
                parameters.put("language", query.language());
                version.add("s.language = :language");
            }
            where.add("exists (select 1 from ArticleVersion s where s.article = a and " + String.join(" and ", version)
                    + ")");
        }
        if (query.author() != null && !query.author().isBlank()) {
            parameters.put("author", query.author().strip());
            where.add("a.author = :author");
        }
        if (query.from() != null) {
            parameters.put("from", query.from());
            where.add("a.listedAt >= :from");
        }
        if (query.to() != null) {
            parameters.put("to", query.to());
            where.add("a.listedAt < :to");
        }
        if (query.needsAction() != null) {
            where.add(needsAction(query.needsAction(), parameters));
        }
        return String.join(" and ", where);
    }

    private static String needsAction(NeedsAction needs, Map<String, Object> parameters) {
        parameters.put("viewer", needs.viewer());
        parameters.put("inReview", VersionState.IN_REVIEW);
        parameters.put("draft", VersionState.DRAFT);
        // An empty "in" list is not portable SQL: a language no one has stands in for "none".
        parameters.put("reviewable", needs.reviewable().isEmpty() ? Set.of("-") : needs.reviewable());
        parameters.put("editable", needs.editable().isEmpty() ? Set.of("-") : needs.editable());
        return "exists (select 1 from ArticleVersion n join n.workingRevision nw where n.article = a and ("
                + "(n.language in :reviewable and n.state = :inReview and nw.author <> :viewer)"
                + " or (n.language in :editable and n.outdated = true)"
                + " or (n.language in :editable and n.state = :draft and nw.author = :viewer"
                + " and n.stateChangedBy <> :viewer)))";
    }

    private static String keyset(Sort sort, Cursor cursor, Map<String, Object> parameters) {
        parameters.put("afterKey", cursor.key());
        parameters.put("afterId", cursor.articleId());
        String beyond = sort.ascending ? ">" : "<";
        return " and (" + sort.key + " " + beyond + " :afterKey or (" + sort.key + " = :afterKey and a.id " + beyond
                + " :afterId))";
    }

    private static String direction(Sort sort) {
        return sort.ascending ? " asc" : " desc";
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
