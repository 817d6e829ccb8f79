package org.tilmash.migration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashTransactional;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.migration.LegacyTarget.Kind;

/**
 * Understands the old site's URLs from what the imports remembered: Joomla's SEF paths (with or without
 * {@code /index.php}, under the old menu paths, with ids or, as Joomla 4 writes them, without), its non-SEF
 * {@code ?option=com_content} links, list pages ({@code ?start=}, {@code ?limitstart=}) and feeds, and WordPress's
 * permalinks and {@code ?p=} links. Old ids are only ever looked up among the old site's items, never taken for ours.
 */
@Service
@TilmashTransactional(readOnly = true)
public class LegacyAddresses {

    private static final Pattern ID_ALIAS = Pattern.compile("(\\d{1,18})(?:[-:](.*))?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern DATE = Pattern.compile("\\d{4}");
    /** Deeper than any old menu path: not looked up. */
    private static final int MAX_SEGMENTS = 12;

    private final Mapping mapping;
    private final LanguageRegistry languages;
    private final MigrationProperties properties;

    LegacyAddresses(Mapping mapping, LanguageRegistry languages, MigrationProperties properties) {
        this.mapping = mapping;
        this.languages = languages;
        this.properties = properties;
    }

    /**
     * The first item a list page of the old site showed: {@code ?start=} and {@code ?limitstart=} counted items, and
     * the old site rounded them down to its own page size. Malformed values are ignored.
     */
    public Optional<Integer> listingOffset(Map<String, String> query) {
        return Optional.ofNullable(query.getOrDefault("start", query.get("limitstart")))
                .filter(value -> NUMBER.matcher(value).matches())
                .map(Integer::valueOf)
                .map(start -> start / properties.getOldPageSize() * properties.getOldPageSize());
    }

    /** Whether {@code query} asks for the old site's feed ({@code ?format=feed}, WordPress's {@code ?feed=}). */
    public boolean isFeed(Map<String, String> query) {
        return "feed".equals(query.get("format")) || query.containsKey("feed");
    }

    /**
     * The article an old Joomla link {@code …/{id}-{alias}} meant, when {@code id} was an item of the old site: the
     * alias decides between the old item and one of ours that happens to have its id.
     *
     * @param alias the alias in the link, which must be the old item's own
     */
    public Optional<LegacyTarget> joomlaArticle(long oldId, String alias) {
        return mapping.find(JoomlaSite.SOURCE, Mapping.ARTICLE, oldId)
                .filter(row -> row.alias().equals(alias))
                .map(LegacyAddresses::article);
    }

    /**
     * Where an old URL leads, if it was one of the old site's.
     *
     * @param path the request path within the site, e.g. {@code /index.php/en/news/123-alias}
     * @param query its parameters (the first value of each)
     */
    public Optional<LegacyTarget> resolve(String path, Map<String, String> query) {
        List<String> segments = new ArrayList<>(Arrays.stream(path.split("/"))
                .filter(segment -> !segment.isEmpty())
                .toList());
        if (segments.size() > MAX_SEGMENTS) {
            return Optional.empty();
        }
        boolean script = !segments.isEmpty() && segments.getFirst().equalsIgnoreCase("index.php");
        if (script) {
            segments.removeFirst();
        }
        Optional<LegacyTarget> byQuery = byQuery(segments, query);
        if (byQuery.isPresent() || (script && segments.isEmpty() && query.containsKey("option"))) {
            return byQuery;
        }
        return joomlaPath(segments, query).or(() -> wordPressPath(segments));
    }

    private Optional<LegacyTarget> byQuery(List<String> segments, Map<String, String> query) {
        String language = Optional.ofNullable(query.get("lang"))
                .flatMap(this::languageOfPrefix)
                .or(() -> segments.isEmpty() ? Optional.empty() : languageOfPrefix(segments.getFirst()))
                .orElse(languages.defaultLanguage().code());
        if (isFeed(query) && (segments.isEmpty() || query.containsKey("option"))) {
            return Optional.of(new LegacyTarget(Kind.FEED, language, null, 0));
        }
        if ("com_content".equals(query.get("option"))) {
            Optional<Long> id = Optional.ofNullable(query.get("id")).flatMap(LegacyAddresses::leadingId);
            return switch (query.getOrDefault("view", "")) {
                case "article" ->
                    id.flatMap(old -> mapping.find(JoomlaSite.SOURCE, Mapping.ARTICLE, old))
                            .map(LegacyAddresses::article);
                case "category" -> id.flatMap(old -> section(JoomlaSite.SOURCE, old, language, query));
                case "featured", "categories", "archive" ->
                    Optional.of(new LegacyTarget(
                            Kind.NEWS, language, null, listingOffset(query).orElse(0)));
                default -> Optional.empty();
            };
        }
        Optional<Long> post = Optional.ofNullable(query.getOrDefault("p", query.get("page_id")))
                .flatMap(LegacyAddresses::leadingId);
        if (post.isPresent()) {
            return mapping.find(WordPressSite.SOURCE, Mapping.ARTICLE, post.get())
                    .map(LegacyAddresses::article);
        }
        return Optional.ofNullable(query.get("cat"))
                .flatMap(LegacyAddresses::leadingId)
                .flatMap(cat -> section(WordPressSite.SOURCE, cat, language, query));
    }

    private Optional<LegacyTarget> joomlaPath(List<String> segments, Map<String, String> query) {
        List<String> candidates = new ArrayList<>();
        for (int end = 1; end <= segments.size(); end++) {
            candidates.add(String.join("/", segments.subList(0, end)));
        }
        Optional<OldSite.LegacyPath> menu = mapping.longestPath(candidates);
        String language = menu.map(OldSite.LegacyPath::tag)
                .orElse(languages.defaultLanguage().code());
        List<String> rest = menu.map(found -> segments.subList(found.path().split("/").length, segments.size()))
                .orElse(segments);
        if (menu.isPresent() && rest.isEmpty()) {
            OldSite.LegacyPath found = menu.get();
            int offset = listingOffset(query).orElse(0);
            return switch (found.kind()) {
                case LANGUAGE -> Optional.of(new LegacyTarget(Kind.HOME, language, null, 0));
                case NEWS ->
                    Optional.of(new LegacyTarget(isFeed(query) ? Kind.FEED : Kind.NEWS, language, null, offset));
                case CATEGORY ->
                    isFeed(query)
                            ? Optional.of(new LegacyTarget(Kind.FEED, language, null, 0))
                            : section(JoomlaSite.SOURCE, found.oldId(), language, query);
                case ARTICLE ->
                    mapping.find(JoomlaSite.SOURCE, Mapping.ARTICLE, found.oldId())
                            .map(LegacyAddresses::article);
            };
        }
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        String last = rest.getLast();
        Matcher idAlias = ID_ALIAS.matcher(last);
        if (idAlias.matches()) {
            long oldId = Long.parseLong(idAlias.group(1));
            Optional<LegacyTarget> article =
                    mapping.find(JoomlaSite.SOURCE, Mapping.ARTICLE, oldId).map(LegacyAddresses::article);
            // Outside the old menus only a link whose alias is the item's own is taken for it.
            String alias = idAlias.group(2) == null ? "" : idAlias.group(2);
            return menu.isPresent()
                    ? article.or(() -> section(JoomlaSite.SOURCE, oldId, language, query))
                    : article.filter(found -> joomlaArticle(oldId, alias).isPresent());
        }
        if (menu.isEmpty()) {
            return Optional.empty();
        }
        return byAlias(JoomlaSite.SOURCE, Mapping.ARTICLE, last, language)
                .map(LegacyAddresses::article)
                .or(() -> byAlias(JoomlaSite.SOURCE, Mapping.CATEGORY, last, language)
                        .flatMap(row -> section(JoomlaSite.SOURCE, row.oldId(), language, query)));
    }

    /** {@code /2021/12/27/slug/}, {@code /slug/}, {@code /category/name/}, {@code /feed/}. */
    private Optional<LegacyTarget> wordPressPath(List<String> segments) {
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        String language = languages.defaultLanguage().code();
        String last = segments.getLast();
        if (last.equals("feed")) {
            return Optional.of(new LegacyTarget(Kind.FEED, language, null, 0));
        }
        if (segments.size() == 2 && segments.getFirst().equals("category")) {
            return byAlias(WordPressSite.SOURCE, Mapping.CATEGORY, last, language)
                    .map(row -> new LegacyTarget(Kind.SECTION, language, row.targetId(), 0));
        }
        boolean permalink =
                segments.size() == 1 || DATE.matcher(segments.getFirst()).matches();
        return permalink
                ? byAlias(WordPressSite.SOURCE, Mapping.ARTICLE, last, language).map(LegacyAddresses::article)
                : Optional.empty();
    }

    private Optional<Mapping.Row> byAlias(String source, String kind, String alias, String language) {
        List<Mapping.Row> rows = mapping.byAlias(source, kind, alias);
        return rows.stream()
                .filter(row -> row.language().equals(language))
                .findFirst()
                .or(() -> rows.stream().findFirst());
    }

    private Optional<LegacyTarget> section(String source, long oldId, String language, Map<String, String> query) {
        return mapping.find(source, Mapping.CATEGORY, oldId)
                .map(row -> new LegacyTarget(
                        Kind.SECTION,
                        language,
                        row.targetId(),
                        listingOffset(query).orElse(0)));
    }

    private Optional<String> languageOfPrefix(String prefix) {
        return mapping.longestPath(List.of(prefix))
                .filter(path -> path.kind() == OldSite.LegacyKind.LANGUAGE)
                .map(OldSite.LegacyPath::tag);
    }

    private static LegacyTarget article(Mapping.Row row) {
        return new LegacyTarget(Kind.ARTICLE, row.language(), row.targetId(), 0);
    }

    /** Joomla writes ids as {@code 123} or {@code 123:alias}. */
    private static Optional<Long> leadingId(String value) {
        Matcher matcher = ID_ALIAS.matcher(value.strip());
        return matcher.matches() ? Optional.of(Long.valueOf(matcher.group(1))) : Optional.empty();
    }
}
