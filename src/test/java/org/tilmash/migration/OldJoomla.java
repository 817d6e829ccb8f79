package org.tilmash.migration;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.tilmash.support.TestImages;

/**
 * A small Joomla news site written into a database with our own DDL ({@link JoomlaSchema}): English, Russian and
 * Kazakh items linked as translations, an "all languages" item with odd HTML and a missing image, unpublished,
 * trashed, untitled and French items, categories linked as translations, menu items, and an {@code images/} folder
 * with a Simple Image Gallery folder and its captions files. Every id is offset by {@link #base} and the tables carry
 * a prefix of their own, so several sites live in one database and one test's import never meets another's.
 */
final class OldJoomla {

    private static final AtomicLong SITES = new AtomicLong();

    final long base;
    final String prefix;
    final Path images;
    private final JoomlaSchema schema;
    private final JoomlaSchema.Dialect dialect;
    private final String quote;

    /** Relative ids of the fixture's items. */
    static final int SUMMIT_EN = 1;

    static final int SUMMIT_RU = 2;
    static final int SUMMIT_KK = 3;
    static final int MARKETS_ALL = 4;
    static final int UNPUBLISHED = 5;
    static final int TRASHED = 6;
    static final int FRENCH = 7;
    static final int UNTITLED = 12;
    static final int NEWS_CATEGORY = 8;
    static final int NOVOSTI_CATEGORY = 9;
    static final int ECONOMY_CATEGORY = 10;

    private OldJoomla(JoomlaSchema schema, JoomlaSchema.Dialect dialect, Path root) {
        this.schema = schema;
        this.dialect = dialect;
        this.base = 1_000_000L + SITES.incrementAndGet() * 1000 + Math.floorMod(System.nanoTime(), 500L) * 1_000_000L;
        this.prefix = "j" + base + "_";
        this.images = root.resolve("images");
        this.quote = dialect == JoomlaSchema.Dialect.MYSQL ? "`" : "\"";
    }

    long id(int relative) {
        return base + relative;
    }

    String alias(String name) {
        return name + "-" + base;
    }

    ImportSource source(String url, String user, String password) {
        return new ImportSource.Joomla(url, user, password, prefix, images);
    }

    /** Creates the tables and writes the site into {@code connection}'s database, its images under {@code root}. */
    static OldJoomla write(Connection connection, JoomlaSchema schema, JoomlaSchema.Dialect dialect, Path root) {
        OldJoomla site = new OldJoomla(schema, dialect, root);
        try {
            site.create(connection);
            site.fill(connection);
            site.writeImages();
            return site;
        } catch (SQLException | IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : schema.ddl(dialect, prefix)) {
                statement.execute(ddl);
            }
        }
    }

    private void fill(Connection connection) throws SQLException {
        insert(
                connection,
                "users",
                "id, name, username, email, registerDate",
                id(42),
                "Aigerim Nurlanova",
                "aigerim" + base,
                "aigerim@example.org",
                at(2019, 1, 1, 0, 0));
        language(connection, 1, "en-GB", "en");
        language(connection, 2, "ru-RU", "ru");
        language(connection, 3, "kk-KZ", "kz");
        language(connection, 4, "fr-FR", "fr");
        category(connection, NEWS_CATEGORY, "Breaking news", alias("breaking-news"), "en-GB", 1);
        category(connection, NOVOSTI_CATEGORY, "Срочные новости", alias("srochnye-novosti"), "ru-RU", 1);
        category(connection, ECONOMY_CATEGORY, "Economy", alias("economy"), "*", 1);
        category(connection, 11, "Old stuff", alias("old-stuff"), "*", -2);
        association(connection, "com_categories.item", NEWS_CATEGORY, "c" + base);
        association(connection, "com_categories.item", NOVOSTI_CATEGORY, "c" + base);
        item(
                connection,
                SUMMIT_EN,
                "Water summit opens in Almaty",
                alias("water-summit-opens"),
                "<p>Leaders of five countries met on Monday.</p><hr id=\"system-readmore\" />"
                        + "<p>The summit <strong>opened</strong> with a minute of silence.</p>"
                        + "<p><img src=\"images/news/summit.jpg\" alt=\"Delegates in the hall\"></p>",
                "",
                1,
                NEWS_CATEGORY,
                "en-GB",
                "Press service",
                at(2021, 12, 27, 4, 15),
                at(2021, 12, 27, 3, 0));
        item(
                connection,
                SUMMIT_RU,
                "В Алматы открылся водный саммит",
                alias("vodnyi-sammit"),
                "<p>Лидеры пяти стран встретились в понедельник.</p>",
                "<p>Саммит открылся минутой молчания.</p>{gallery}summit" + base + "{/gallery}",
                1,
                NOVOSTI_CATEGORY,
                "ru-RU",
                "Пресс-служба",
                at(2021, 12, 27, 5, 0),
                at(2021, 12, 27, 3, 0));
        item(
                connection,
                SUMMIT_KK,
                "Алматыда су саммиті ашылды",
                alias("su-sammiti"),
                "<p>Бес елдің көшбасшылары дүйсенбіде кездесті.</p>",
                "",
                1,
                NEWS_CATEGORY,
                "kk-KZ",
                "",
                at(2021, 12, 27, 6, 0),
                at(2021, 12, 27, 3, 0));
        association(connection, "com_content.item", SUMMIT_EN, "a" + base);
        association(connection, "com_content.item", SUMMIT_RU, "a" + base);
        association(connection, "com_content.item", SUMMIT_KK, "a" + base);
        item(
                connection,
                MARKETS_ALL,
                "Markets stay calm",
                alias("markets-stay-calm"),
                "<p onclick=\"steal()\" style=\"color:red\">Markets stayed calm &amp; quiet.</p>"
                        + "<script>alert('x')</script><iframe src=\"https://ads.example/\"></iframe>"
                        + "<p><img src=\"/images/missing.jpg\" alt=\"\"></p>",
                "",
                1,
                ECONOMY_CATEGORY,
                "*",
                "",
                null,
                at(2020, 3, 1, 10, 0));
        item(
                connection,
                UNPUBLISHED,
                "Draft about budgets",
                alias("budgets"),
                "<p>Not yet.</p>",
                "",
                0,
                NEWS_CATEGORY,
                "en-GB",
                "",
                null,
                at(2022, 1, 5, 9, 0));
        item(
                connection,
                TRASHED,
                "Wrong story",
                alias("wrong-story"),
                "<p>Oops.</p>",
                "",
                -2,
                NEWS_CATEGORY,
                "en-GB",
                "",
                null,
                at(2022, 1, 6, 9, 0));
        item(
                connection,
                FRENCH,
                "Sommet de l'eau",
                alias("sommet"),
                "<p>Bonjour.</p>",
                "",
                1,
                NEWS_CATEGORY,
                "fr-FR",
                "",
                at(2021, 12, 28, 9, 0),
                at(2021, 12, 28, 9, 0));
        item(
                connection,
                UNTITLED,
                "",
                alias("untitled"),
                "<p>No title.</p>",
                "",
                1,
                NEWS_CATEGORY,
                "en-GB",
                "",
                at(2021, 12, 29, 9, 0),
                at(2021, 12, 29, 9, 0));
        menu(
                connection,
                101,
                "news",
                "index.php?option=com_content&view=category&layout=blog&id=" + id(NEWS_CATEGORY),
                "en-GB",
                0);
        menu(
                connection,
                102,
                "novosti",
                "index.php?option=com_content&view=category&id=" + id(NOVOSTI_CATEGORY),
                "ru-RU",
                0);
        menu(
                connection,
                103,
                "economy",
                "index.php?option=com_content&view=category&id=" + id(ECONOMY_CATEGORY),
                "*",
                0);
        menu(connection, 104, "home", "index.php?option=com_content&view=featured", "*", 1);
    }

    /** Changes an item's title, as an editor of the old site would between two runs of the import. */
    void retitle(Connection connection, int relative, String title) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("update " + table("content") + " set title = ? where id = ?")) {
            statement.setString(1, title);
            statement.setLong(2, id(relative));
            statement.executeUpdate();
        }
    }

    /** Gives an item another id, as a site whose ids run into ours would have. */
    void renumber(Connection connection, int relative, long newId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("update " + table("content") + " set id = ? where id = ?")) {
            statement.setLong(1, newId);
            statement.setLong(2, id(relative));
            statement.executeUpdate();
        }
    }

    private void language(Connection connection, int id, String code, String sef) throws SQLException {
        insert(
                connection,
                "languages",
                "lang_id, lang_code, title, title_native, sef, image, description, metadesc," + " published, ordering",
                id(id),
                code,
                code,
                code,
                sef,
                sef + "_img" + base,
                "",
                "",
                1,
                id);
    }

    private void category(Connection connection, int id, String title, String alias, String language, int published)
            throws SQLException {
        insert(
                connection,
                "categories",
                "id, parent_id, level, path, extension, title, alias, description,"
                        + " published, params, metadata, created_time, modified_time, language",
                id(id),
                1,
                1,
                alias,
                "com_content",
                title,
                alias,
                "",
                published,
                "{}",
                "{}",
                at(2019, 1, 1, 0, 0),
                at(2019, 1, 1, 0, 0),
                language);
    }

    private void association(Connection connection, String context, int id, String key) throws SQLException {
        insert(connection, "associations", "id, context, " + quote + "key" + quote, id(id), context, key);
    }

    private void item(
            Connection connection,
            int id,
            String title,
            String alias,
            String introtext,
            String fulltext,
            int state,
            int category,
            String language,
            String byline,
            @Nullable LocalDateTime publishUp,
            LocalDateTime created)
            throws SQLException {
        insert(
                connection,
                "content",
                "id, title, alias, introtext, " + quote + "fulltext" + quote
                        + ", state, catid, created, created_by, created_by_alias, modified, publish_up, images, urls,"
                        + " attribs, metadesc, metadata, language",
                id(id),
                title,
                alias,
                introtext,
                fulltext,
                state,
                id(category),
                created,
                id(42),
                byline,
                created,
                publishUp == null ? noDate() : publishUp,
                "{}",
                "{}",
                "{}",
                "",
                "{}",
                language);
    }

    private void menu(Connection connection, int id, String path, String link, String language, int home)
            throws SQLException {
        insert(
                connection,
                "menu",
                "id, menutype, title, alias, path, link, type, published, params, home," + " language, client_id",
                id(id),
                "mainmenu",
                path,
                path,
                path,
                link,
                "component",
                1,
                "{}",
                home,
                language,
                0);
    }

    /** What a date column holds for "no date" in this schema. */
    private Object noDate() {
        if (!schema.zeroDates()) {
            return NULL;
        }
        return dialect == JoomlaSchema.Dialect.MYSQL ? "0000-00-00 00:00:00" : at(1970, 1, 1, 0, 0);
    }

    private static final Object NULL = new Object();

    private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    private String table(String name) {
        return quote + prefix + name + quote;
    }

    private void insert(Connection connection, String table, String columns, Object... values) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
        String quoted = java.util.Arrays.stream(columns.split(",\\s*"))
                .map(column -> column.startsWith(quote) ? column : quote + column + quote)
                .collect(java.util.stream.Collectors.joining(", "));
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into " + table(table) + " (" + quoted + ") values (" + marks + ")")) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == NULL) {
                    statement.setNull(i + 1, java.sql.Types.TIMESTAMP);
                } else if (value instanceof LocalDateTime date) {
                    statement.setTimestamp(i + 1, Timestamp.valueOf(date));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.executeUpdate();
        }
    }

    private void writeImages() throws IOException {
        Path news = Files.createDirectories(images.resolve("news"));
        Files.write(news.resolve("summit.jpg"), TestImages.jpeg(640, 400, Color.ORANGE));
        Path gallery = Files.createDirectories(images.resolve("summit" + base));
        Files.write(gallery.resolve("a.png"), TestImages.png(320, 200, Color.BLUE));
        Files.write(gallery.resolve("b.png"), TestImages.png(320, 200, Color.GREEN));
        // Simple Image Gallery's captions: "file|title|description", one file for every language and one per tag.
        write(gallery.resolve("labels.txt"), "a.png|Delegates arriving|The first delegations at the entrance\n");
        write(gallery.resolve("ru-RU.labels.txt"), "a.png|Делегаты прибывают|Первые делегации у входа\n");
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
