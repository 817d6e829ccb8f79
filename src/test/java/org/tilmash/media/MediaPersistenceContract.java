package org.tilmash.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tilmash.content.ArticleText;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestImages;

/** Gallery persistence and file hygiene that must hold on every supported database; one subclass per database. */
abstract class MediaPersistenceContract {

    private static final String AUTHOR = "media-persistence";

    @Autowired
    Fixture fixture;

    @Autowired
    Gallery gallery;

    @Autowired
    MediaCleanup cleanup;

    @Autowired
    MediaStorage storage;

    @Autowired
    MediaProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private Long articleId;

    @BeforeEach
    void anArticle() {
        articleId = fixture.article("en")
                .draft("en", new ArticleText("Media", "", "<p>Text</p>"))
                .create()
                .id();
    }

    private Image upload(String name) {
        byte[] png = TestImages.png(120, 90, Color.MAGENTA);
        return gallery.upload(articleId, name, png.length, new ByteArrayResource(png), AUTHOR, Optional.empty())
                .image()
                .orElseThrow();
    }

    private static String key(Image image) {
        return image.thumbnailUrl().split("/")[2];
    }

    @Test
    void galleriesKeepTheirOrderAndTextsInEveryScript() {
        Image first = upload("first.png");
        Image second = upload("second.png");
        String caption = "Тоҷикӣ ҳ ӯ ҷ — Oʻzbek gʻ — Azərbaycan ə — Türkmen ň ý ".repeat(18);
        gallery.writeTexts(articleId, first.id(), "tg", new ImageText("Кӯҳҳои Помир", caption, "Ховар"));
        gallery.writeTexts(articleId, first.id(), "uz", new ImageText("Pomir togʻlari", "Izoh", "Dunyo"));
        gallery.reorder(articleId, List.of(second.id(), first.id()));

        List<Image> images = gallery.of(articleId);
        assertThat(images).extracting(Image::originalName).containsExactly("second.png", "first.png");
        assertThat(images.get(1).text("tg")).isEqualTo(new ImageText("Кӯҳҳои Помир", caption.strip(), "Ховар"));
        assertThat(images.get(1).text("uz").alt()).isEqualTo("Pomir togʻlari");

        gallery.writeTexts(articleId, first.id(), "uz", ImageText.EMPTY);
        assertThat(gallery.texts(articleId, first.id(), "uz")).isEqualTo(ImageText.EMPTY);
    }

    @Test
    void removingAnImageRemovesItsTextsRowAndFiles() {
        Image image = upload("gone.png");
        gallery.writeTexts(articleId, image.id(), "en", new ImageText("Gone", "", ""));

        gallery.remove(articleId, image.id());

        assertThat(jdbc.queryForObject(
                        "select count(*) from tilmash_media_image_text where image_id = ?", Integer.class, image.id()))
                .isZero();
        assertThat(Files.isDirectory(properties.getDir().resolve(key(image)))).isFalse();
    }

    @Test
    void cleanupRemovesOnlyOldFoldersTheDatabaseDoesNotKnow() throws Exception {
        Image kept = upload("kept.png");
        String interrupted = MediaStorage.newKey();
        storage.write(interrupted, Map.of("thumb.png", new byte[] {1, 2, 3}));
        String inFlight = MediaStorage.newKey();
        storage.write(inFlight, Map.of("thumb.png", new byte[] {1, 2, 3}));
        Path notOurs = Files.createDirectories(properties.getDir().resolve("backup-notes"));
        FileTime old = FileTime.from(
                clock.instant().minus(properties.getCleanupGrace()).minus(Duration.ofMinutes(5)));
        for (String key : List.of(key(kept), interrupted)) {
            Files.setLastModifiedTime(properties.getDir().resolve(key), old);
        }
        Files.setLastModifiedTime(notOurs, old);

        List<String> removed = cleanup.clean();

        assertThat(removed).contains(interrupted).doesNotContain(key(kept), inFlight);
        assertThat(Files.isDirectory(properties.getDir().resolve(interrupted))).isFalse();
        assertThat(Files.isDirectory(properties.getDir().resolve(key(kept)))).isTrue();
        assertThat(Files.isDirectory(properties.getDir().resolve(inFlight)))
                .as("an upload younger than the grace period")
                .isTrue();
        assertThat(Files.isDirectory(notOurs)).isTrue();
    }
}
