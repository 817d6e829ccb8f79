package org.tilmash.migration;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Joomla 3.x, 4.x or 5.x site read over JDBC (MySQL/MariaDB or PostgreSQL): only the columns all three versions share,
 * with read-only queries, rows streamed in id order.
 */
final class JoomlaSite implements OldSite {

    static final String SOURCE = "joomla";
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_]{0,32}");
    private static final Pattern LINK_VIEW = Pattern.compile("[?&]view=([a-z]+)");
    private static final Pattern LINK_ID = Pattern.compile("[?&]id=(\\d+)");
    private static final int FETCH_SIZE = 200;
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:(mariadb|mysql|postgresql)://[^?\\s]+(\\?\\S*)?");
    /**
     * Driver options that load classes, run scripts, log to files or let the server read ours: an administrator's
     * typo or a pasted URL must not turn the import into any of that.
     */
    private static final Pattern UNSAFE_OPTION =
            Pattern.compile("(?i)factory|class|plugin|infile|logger|callback|verifier|init|script|socket");

    private final Connection connection;
    private final ImportSource.Joomla source;
    private final String prefix;
    private final String quote;
    private final Path images;
    private final ZoneId zone;

    private JoomlaSite(Connection connection, ImportSource.Joomla source, ZoneId zone) throws SQLException {
        this.connection = connection;
        this.source = source;
        this.prefix = source.prefix();
        this.quote = connection.getMetaData().getIdentifierQuoteString().strip();
        this.images = source.imagesDir();
        this.zone = zone;
    }

    /**
     * Connects read-only.
     *
     * @param zone the zone the database's dates are in (Joomla writes UTC)
     * @throws SourceException when the prefix is not a table prefix or the database cannot be read
     */
    static JoomlaSite open(ImportSource.Joomla source, ZoneId zone) {
        if (!PREFIX.matcher(source.prefix()).matches()) {
            throw new SourceException("import.error.prefix", Map.of("prefix", source.prefix()));
        }
        String url = url(source.jdbcUrl());
        Connection connection;
        JoomlaSite site;
        try {
            connection = DriverManager.getConnection(url, source.user(), source.password());
        } catch (SQLException unreadable) {
            throw UnreadableDatabase.explain(unreadable, source);
        }
        try {
            connection.setReadOnly(true);
            // PostgreSQL streams a result set only inside a transaction.
            connection.setAutoCommit(false);
            site = new JoomlaSite(connection, source, zone);
        } catch (SQLException unreadable) {
            close(connection);
            throw UnreadableDatabase.explain(unreadable, source);
        }
        try {
            site.count("select count(*) from " + site.table("content"));
            return site;
        } catch (SourceException unreadable) {
            site.close();
            throw unreadable;
        }
    }

    /** Only MySQL/MariaDB and PostgreSQL URLs without dangerous options; MySQL ones through the MariaDB driver. */
    static String url(String url) {
        Matcher matcher = JDBC_URL.matcher(url);
        String options = matcher.matches() && matcher.group(2) != null ? matcher.group(2) : "";
        if (!matcher.matches() || UNSAFE_OPTION.matcher(options).find()) {
            throw new SourceException("import.error.url", Map.of("url", withoutSecrets(url)));
        }
        if (matcher.group(1).equals("postgresql")) {
            return url;
        }
        return url.replaceFirst("^jdbc:mysql:", "jdbc:mariadb:") + (options.isEmpty() ? "?" : "&")
                + "allowLocalInfile=false";
    }

    /** The address as a refusal shows and the report keeps it: without options or credentials, which may be secret. */
    static String withoutSecrets(String url) {
        return url.replaceFirst("[?;].*$", "").replaceFirst("//[^/@]*@", "//");
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public Path imageRoot() {
        return images;
    }

    /** {@code images/...}, {@code /images/...} or an absolute URL whose path has {@code /images/}. */
    @Override
    public Optional<String> imagePath(String src) {
        String path = src.strip().replaceFirst("^(?i)https?://[^/]+", "").replaceFirst("[?#].*$", "");
        String marker = "images/";
        int at = path.startsWith(marker) ? 0 : path.indexOf("/" + marker) + 1;
        if (at == 0 && !path.startsWith(marker)) {
            return Optional.empty();
        }
        return Optional.of(URLDecoder.decode(path.substring(at + marker.length()), StandardCharsets.UTF_8));
    }

    @Override
    public List<OldSection> sections() {
        Map<Long, String> groupOf = associations("com_categories.item", "categories");
        List<OldSection> sections = new ArrayList<>();
        Grouping<OldSection.Name> grouping = new Grouping<>(groupOf, names -> sections.add(new OldSection(names)));
        query(
                "select id, title, alias, language from " + table("categories")
                        + " where extension = 'com_content' and published in (0, 1, 2) order by id",
                row -> grouping.add(
                        row.getLong(1), new OldSection.Name(row.getLong(1), text(row, 4), text(row, 2), text(row, 3))));
        grouping.finish();
        return sections;
    }

    @Override
    public long itemCount() {
        return count("select count(*) from " + table("content"));
    }

    @Override
    public void articles(Consumer<OldArticle> sink) {
        Grouping<OldArticle.Version> grouping = new Grouping<>(
                associations("com_content.item", "content"), versions -> sink.accept(new OldArticle(versions)));
        query(
                "select c.id, c.title, c.alias, c.introtext, c." + quoted("fulltext")
                        + ", c.state, c.catid, c.created, c.publish_up, c.created_by_alias, c.language, u.name"
                        + " from " + table("content") + " c left join " + table("users")
                        + " u on u.id = c.created_by order by c.id",
                row -> grouping.add(row.getLong(1), version(row)));
        grouping.finish();
    }

    private OldArticle.Version version(ResultSet row) throws SQLException {
        String tag = text(row, 11);
        JoomlaText.Split split = JoomlaText.split(text(row, 4), text(row, 5));
        List<OldArticle.OldImage> gallery = new ArrayList<>();
        // A folder that is not there is reported like any missing image.
        split.galleryFolders()
                .forEach(folder -> GalleryFolder.read(images, folder)
                        .ifPresentOrElse(
                                gallery::addAll, () -> gallery.add(new OldArticle.OldImage(folder + "/", Map.of()))));
        Instant date = Optional.ofNullable(date(safeString(row, 9))).orElseGet(() -> date(safeString(row, 8)));
        String alias = text(row, 10);
        return new OldArticle.Version(
                row.getLong(1),
                tag,
                text(row, 2),
                text(row, 3),
                split.intro(),
                split.body(),
                date,
                text(row, 12),
                alias.isBlank() ? null : alias.strip(),
                switch (row.getInt(6)) {
                    case 1, 2 -> OldArticle.Status.PUBLISHED;
                    case -2 -> OldArticle.Status.TRASHED;
                    default -> OldArticle.Status.UNPUBLISHED;
                },
                row.getLong(7),
                gallery);
    }

    @Override
    public List<LegacyPath> legacyPaths() {
        Map<String, String> sefs = new LinkedHashMap<>();
        query(
                "select lang_code, sef from " + table("languages") + " where published = 1 order by ordering",
                row -> sefs.put(text(row, 1), text(row, 2)));
        List<LegacyPath> paths = new ArrayList<>();
        sefs.forEach((tag, sef) -> paths.add(new LegacyPath(sef, tag, LegacyKind.LANGUAGE, null)));
        query(
                "select path, link, language, home from " + table("menu")
                        + " where client_id = 0 and published = 1 and type = 'component'"
                        + " and link like 'index.php?option=com_content%' order by id",
                row -> menuItem(text(row, 1), text(row, 2), text(row, 3), row.getInt(4) == 1, sefs)
                        .forEach(paths::add));
        return paths;
    }

    /**
     * Where a menu item's path is found in SEF URLs: behind the language prefix of its language, or of every
     * language for an "all languages" item; the home item's own path is not in its URLs.
     */
    private static List<LegacyPath> menuItem(
            String path, String link, String tag, boolean home, Map<String, String> sefs) {
        Matcher view = LINK_VIEW.matcher(link);
        Matcher id = LINK_ID.matcher(link);
        LegacyKind kind = !view.find()
                ? null
                : switch (view.group(1)) {
                    case "featured", "archive" -> LegacyKind.NEWS;
                    case "category", "categories" -> LegacyKind.CATEGORY;
                    case "article" -> LegacyKind.ARTICLE;
                    default -> null;
                };
        if (kind == null) {
            return List.of();
        }
        Long oldId = id.find() ? Long.valueOf(id.group(1)) : null;
        if (kind == LegacyKind.CATEGORY && (oldId == null || view.group(1).equals("categories"))) {
            kind = LegacyKind.NEWS;
        }
        Map<String, String> prefixes = new LinkedHashMap<>();
        if (tag.equals("*") || !sefs.containsKey(tag)) {
            sefs.forEach((language, sef) -> prefixes.put(sef, language));
            prefixes.putIfAbsent("", tag);
        } else {
            prefixes.put(sefs.get(tag), tag);
        }
        List<LegacyPath> paths = new ArrayList<>();
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            String full = home ? prefix.getKey() : join(prefix.getKey(), path);
            if (!full.isEmpty()) {
                paths.add(new LegacyPath(full, prefix.getValue(), kind, oldId));
            }
        }
        return paths;
    }

    private static String join(String prefix, String path) {
        return prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "/" + path;
    }

    private Map<Long, String> associations(String context, String items) {
        Map<Long, String> groupOf = new HashMap<>();
        // Only associations of items that exist: a group is handed over when all its members have been read.
        query(
                "select a.id, a." + quoted("key") + " from " + table("associations") + " a join " + table(items)
                        + " i on i.id = a.id where a.context = '" + context + "'",
                row -> groupOf.put(row.getLong(1), text(row, 2)));
        return groupOf;
    }

    private @Nullable Instant date(@Nullable String value) {
        if (value == null || value.isBlank() || value.startsWith("0000") || value.startsWith("1970-01-01 00:00:00")) {
            return null;
        }
        try {
            String iso = value.strip().replace(' ', 'T');
            return LocalDateTime.parse(iso.length() > 19 ? iso.substring(0, 19) : iso)
                    .atZone(zone)
                    .toInstant();
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    /** MySQL's zero dates make some drivers throw on read; they mean "no date" to Joomla. */
    private static @Nullable String safeString(ResultSet row, int column) {
        try {
            return row.getString(column);
        } catch (SQLException zeroDate) {
            return null;
        }
    }

    private static String text(ResultSet row, int column) throws SQLException {
        String value = row.getString(column);
        return value == null ? "" : value;
    }

    private String table(String name) {
        return quoted(prefix + name);
    }

    private String quoted(String identifier) {
        return quote + identifier + quote;
    }

    private long count(String sql) {
        long[] count = {0};
        query(sql, row -> count[0] = row.getLong(1));
        return count[0];
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, Row reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException unreadable) {
            throw UnreadableDatabase.explain(unreadable, source);
        }
    }

    @Override
    public void close() {
        close(connection);
    }

    private static void close(Connection connection) {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException ignored) {
            // Nothing was written; a connection that will not close cleanly is dropped by the server.
        }
    }
}
