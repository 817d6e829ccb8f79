package org.tilmash.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tilmash.TilmashDatabase;
import org.tilmash.content.VersionView;
import org.tilmash.workflow.PublicationListener;

/**
 * Freezes a language version's gallery when a reviewer approves the version: readers see exactly the images, order
 * and texts that were approved, and later uploads, reorderings and text changes wait for the next approval.
 */
@Component
class GallerySnapshots implements PublicationListener {

    private final ImageRepository images;
    private final JdbcTemplate jdbc;

    GallerySnapshots(ImageRepository images, TilmashDatabase database) {
        this.images = images;
        this.jdbc = database.jdbc();
    }

    @Override
    public void published(VersionView version) {
        withdrawn(version);
        List<StoredImage> gallery = images.gallery(version.articleId());
        for (StoredImage stored : gallery) {
            Image image = stored.view();
            ImageText text = image.text(version.language());
            jdbc.update(
                    "insert into tilmash_media_published_image"
                            + " (version_id, image_id, position, lead_image, alt, caption, credit)"
                            + " values (?, ?, ?, ?, ?, ?, ?)",
                    version.id(),
                    image.id(),
                    image.position(),
                    image.lead(),
                    text.alt(),
                    text.caption(),
                    text.credit());
        }
    }

    /** The gallery readers see with the version, in its approved order, with its texts in {@code language}. */
    List<Image> of(Long versionId, String language) {
        return jdbc.query(
                SELECT + " where p.version_id = ? order by p.position, i.id",
                (rs, row) -> image(rs, language),
                versionId);
    }

    /** The approved lead image of each of the versions that has one, its texts in the version's language. */
    Map<Long, Image> leads(Map<Long, String> versionLanguages) {
        if (versionLanguages.isEmpty()) {
            return Map.of();
        }
        Map<Long, Image> leads = new HashMap<>();
        jdbc.query(
                SELECT + " where p.lead_image and p.version_id in ("
                        + String.join(",", Collections.nCopies(versionLanguages.size(), "?"))
                        + ")",
                rs -> {
                    long versionId = rs.getLong("version_id");
                    leads.put(versionId, image(rs, versionLanguages.get(versionId)));
                },
                versionLanguages.keySet().toArray());
        return leads;
    }

    private static final String SELECT =
            "select p.version_id, i.id, i.article_id, p.position, i.original_name, i.width, i.height, i.storage_key,"
                    + " i.widths, i.rendition_ext, p.lead_image, p.alt, p.caption, p.credit"
                    + " from tilmash_media_published_image p join tilmash_media_image i on i.id = p.image_id";

    private static Image image(ResultSet rs, String language) throws SQLException {
        return StoredImage.image(
                rs.getLong("id"),
                rs.getLong("article_id"),
                rs.getInt("position"),
                rs.getString("original_name"),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getString("storage_key"),
                rs.getString("widths"),
                rs.getString("rendition_ext"),
                rs.getBoolean("lead_image"),
                Map.of(language, new ImageText(rs.getString("alt"), rs.getString("caption"), rs.getString("credit"))));
    }

    /** How many images readers see with each of the versions; versions without images are absent. */
    Map<Long, Long> counts(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query(
                "select version_id, count(*) from tilmash_media_published_image where version_id in ("
                        + String.join(",", Collections.nCopies(versionIds.size(), "?"))
                        + ") group by version_id",
                rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                },
                versionIds.toArray());
        return counts;
    }

    /** Whether readers see the image with any language version. */
    boolean shown(Long imageId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from tilmash_media_published_image where image_id = ?", Boolean.class, imageId));
    }

    @Override
    public void withdrawn(VersionView version) {
        jdbc.update("delete from tilmash_media_published_image where version_id = ?", version.id());
    }
}
