package org.tilmash.migration;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tilmash.TilmashDatabase;

/**
 * What each old item became ({@code migration_source_item}), the images brought into galleries
 * ({@code migration_image}) and the old site's paths ({@code migration_legacy_path}). Writes join the caller's
 * transaction, so an item and its mapping are committed together or not at all.
 */
@Repository
class Mapping {

    static final String ARTICLE = "article";
    static final String CATEGORY = "category";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Mapping(TilmashDatabase database, Clock clock) {
        this.jdbc = database.jdbc();
        this.clock = clock;
    }

    /** One mapped old item. */
    record Row(long oldId, String alias, String language, long targetId, String checksum) {}

    /** The mapped items among {@code oldIds}, by old id. */
    Map<Long, Row> find(String source, String kind, Collection<Long> oldIds) {
        if (oldIds.isEmpty()) {
            return Map.of();
        }
        String marks = oldIds.stream().map(id -> "?").collect(Collectors.joining(","));
        Object[] arguments = new Object[oldIds.size() + 2];
        arguments[0] = source;
        arguments[1] = kind;
        int i = 2;
        for (Long id : oldIds) {
            arguments[i++] = id;
        }
        return jdbc
                .query(
                        "select old_id, alias, language, target_id, checksum from tilmash_migration_source_item"
                                + " where source = ? and kind = ? and old_id in (" + marks + ")",
                        (rs, n) -> new Row(
                                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)),
                        arguments)
                .stream()
                .collect(Collectors.toMap(Row::oldId, row -> row));
    }

    Optional<Row> find(String source, String kind, long oldId) {
        return Optional.ofNullable(find(source, kind, List.of(oldId)).get(oldId));
    }

    /** Items of {@code kind} whose old alias was {@code alias}, oldest id first. */
    List<Row> byAlias(String source, String kind, String alias) {
        return jdbc.query(
                "select old_id, alias, language, target_id, checksum from tilmash_migration_source_item"
                        + " where source = ? and kind = ? and alias = ? order by old_id",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)),
                source,
                kind,
                alias);
    }

    void save(String source, String kind, Row row) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update(
                "update tilmash_migration_source_item set alias = ?, language = ?, target_id = ?, checksum = ?, imported_at = ?"
                        + " where source = ? and kind = ? and old_id = ?",
                row.alias(),
                row.language(),
                row.targetId(),
                row.checksum(),
                now,
                source,
                kind,
                row.oldId());
        if (updated == 0) {
            jdbc.update(
                    "insert into tilmash_migration_source_item"
                            + " (source, kind, old_id, alias, language, target_id, checksum, imported_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                    source,
                    kind,
                    row.oldId(),
                    row.alias(),
                    row.language(),
                    row.targetId(),
                    row.checksum(),
                    now);
        }
    }

    /** The images already brought into the article's gallery, by their old path. */
    Map<String, Long> images(long articleId) {
        return jdbc
                .query(
                        "select path, image_id from tilmash_migration_image where article_id = ?",
                        (rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)),
                        articleId)
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void saveImage(long articleId, String path, long imageId) {
        jdbc.update(
                "insert into tilmash_migration_image (article_id, path, image_id) values (?, ?, ?)",
                articleId,
                path,
                imageId);
    }

    /** Replaces the source's old paths with {@code paths}, whose tags are already our languages. */
    void replacePaths(String source, List<OldSite.LegacyPath> paths) {
        jdbc.update("delete from tilmash_migration_legacy_path where source = ?", source);
        jdbc.batchUpdate(
                "insert into tilmash_migration_legacy_path (source, path, language, kind, old_id) values (?, ?, ?, ?, ?)",
                paths.stream()
                        .map(path -> new Object[] {
                            source, path.path(), path.tag(), path.kind().name(), path.oldId()
                        })
                        .toList());
    }

    /** The longest of {@code candidates} that is a known old path, with what it led to. */
    Optional<OldSite.LegacyPath> longestPath(List<String> candidates) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String marks = candidates.stream().map(path -> "?").collect(Collectors.joining(","));
        return jdbc
                .query(
                        "select path, language, kind, old_id from tilmash_migration_legacy_path where path in (" + marks
                                + ")",
                        (rs, n) -> new OldSite.LegacyPath(
                                rs.getString(1), rs.getString(2), OldSite.LegacyKind.valueOf(rs.getString(3)), (Long)
                                        rs.getObject(4, Long.class)),
                        candidates.toArray())
                .stream()
                .max((a, b) -> Integer.compare(a.path().length(), b.path().length()));
    }
}
