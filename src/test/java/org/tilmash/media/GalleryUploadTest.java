package org.tilmash.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.util.unit.DataSize;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TestImages;
import org.tilmash.support.TilmashTest;

/** What an editor uploading images sees, and what readers' browsers then receive. */
@TilmashTest
class GalleryUploadTest {

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    Fixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    Gallery gallery;

    @Autowired
    MediaProperties properties;

    private String editor;
    private Long articleId;

    @BeforeEach
    void anEditorAndAnArticle() {
        editor = TestAccounts.unique("media-editor");
        accounts.create(editor, TestAccounts.PASSWORD, "Media editor", Map.of(Role.EDITOR, Set.of()));
        articleId = fixture.article("en")
                .by(editor)
                .draft("en", new ArticleText("Gallery test", "", "<p>Text</p>"))
                .create()
                .id();
    }

    private MockHttpServletResponse upload(String language, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/admin/articles/{id}/gallery/upload", articleId);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request.with(csrf()).with(user(editor)).header("Accept-Language", language))
                .andReturn()
                .getResponse();
    }

    private static MockMultipartFile file(String name, String declaredType, byte[] bytes) {
        return new MockMultipartFile("files", name, declaredType, bytes);
    }

    @Test
    void typesAreKnownByContentAndEachRefusalNamesItsFileWhileTheOthersUpload() throws Exception {
        byte[] jpegNamedGif = TestImages.jpeg(300, 200, Color.RED);
        MockHttpServletResponse response = upload(
                "en",
                file("harbour.png", "image/png", TestImages.png(640, 480, Color.BLUE)),
                file("fake.jpg", "image/jpeg", "This is a text file, not a photo.".getBytes(StandardCharsets.UTF_8)),
                file("logo.svg", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes()),
                file("renamed.gif", "image/gif", jpegNamedGif));

        assertThat(response.getStatus()).isEqualTo(200);
        String json = response.getContentAsString(StandardCharsets.UTF_8);
        List<Boolean> accepted = JsonPath.read(json, "$[*].accepted");
        List<String> messages = JsonPath.read(json, "$[*].message");
        assertThat(accepted).containsExactly(true, false, false, true);
        assertThat(messages.get(1)).isEqualTo("fake.jpg: refused, this is not a JPEG, PNG, WebP or GIF image");
        assertThat(messages.get(2)).isEqualTo("logo.svg: refused, this is not a JPEG, PNG, WebP or GIF image");
        assertThat(gallery.of(articleId)).extracting(Image::originalName).containsExactly("harbour.png", "renamed.gif");
    }

    @Test
    void refusalsAreInTheEditorsLanguage() throws Exception {
        MockHttpServletResponse response =
                upload("ru", file("notes.jpg", "image/jpeg", "plain text".getBytes(StandardCharsets.UTF_8)));

        String message = JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$[0].message");
        assertThat(message).isEqualTo("notes.jpg: отклонено, это не изображение JPEG, PNG, WebP или GIF");
    }

    @Test
    void aSmallFileClaimingBillionsOfPixelsIsRefusedFromItsHeaderInMillisecondsWithFlatMemory() throws Exception {
        byte[] bomb = TestImages.pngBomb(64250, 64250);
        assertThat(bomb.length).isLessThan(6 * 1024);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();

        MockHttpServletResponse response = upload("en", file("bomb.png", "image/png", bomb));

        long millis = (System.nanoTime() - started) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        String message = JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$[0].message");
        assertThat(message)
                .isEqualTo("bomb.png: refused, 64,250 × 64,250 pixels is more than the limit of 50 million pixels");
        assertThat(millis).as("milliseconds to refuse").isLessThan(1000);
        assertThat(allocated).as("bytes allocated while refusing").isLessThan(32L * 1024 * 1024);
        assertThat(gallery.of(articleId)).isEmpty();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithTheLimit() throws Exception {
        byte[] large = new byte[Math.toIntExact(properties.getMaxSize().toBytes() + 1)];
        System.arraycopy(TestImages.png(4, 4, Color.GREEN), 0, large, 0, 8);

        MockHttpServletResponse response = upload("en", file("large.png", "image/png", large));

        String message = JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$[0].message");
        assertThat(message).isEqualTo("large.png: refused, the file is larger than 20 MB");
        assertThat(gallery.of(articleId)).isEmpty();
    }

    @Test
    void aLimitBelowOneMegabyteIsNamedInKilobytesNotRoundedToZero() {
        assertThat(messages.getMessage(
                        "media.refused.size",
                        new Object[] {Gallery.sizeLimit("large.png", DataSize.ofKilobytes(512))},
                        Locale.forLanguageTag("ru")))
                .isEqualTo("large.png: отклонено, файл больше 512 кБ");
    }

    @Test
    void renditionsAreReencodedWithoutLocationAndServedImmutableWithTheirTrueType() throws Exception {
        upload("en", file("../../etc/phone photo.jpg", "image/jpeg", TestImages.jpegWithGps(2000, 1500)));

        Image image = gallery.of(articleId).getFirst();
        assertThat(image.originalName()).isEqualTo("phone photo.jpg");
        assertThat(image.renditions()).extracting(Image.Rendition::width).containsExactly(480, 960, 1600);
        assertThat(image.srcset()).contains(" 480w, ").endsWith(" 1600w");
        for (Image.Rendition rendition : image.renditions()) {
            MockHttpServletResponse served =
                    mvc.perform(get(rendition.url())).andReturn().getResponse();
            assertThat(served.getStatus()).isEqualTo(200);
            assertThat(served.getContentType()).isEqualTo("image/jpeg");
            assertThat(served.getHeader("Cache-Control")).contains("max-age=31536000", "public", "immutable");
            assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            byte[] bytes = served.getContentAsByteArray();
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                    .doesNotContain("Exif")
                    .doesNotContain("GPSLatitude");
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(decoded.getWidth()).isEqualTo(rendition.width());
        }
        MockHttpServletResponse thumbnail =
                mvc.perform(get(image.thumbnailUrl())).andReturn().getResponse();
        BufferedImage square = ImageIO.read(new ByteArrayInputStream(thumbnail.getContentAsByteArray()));
        assertThat(square.getWidth()).isEqualTo(properties.getThumbnailSize());
        assertThat(square.getHeight()).isEqualTo(properties.getThumbnailSize());
    }

    @Test
    void originalsAndAnythingNotARenditionAreNeverServed() throws Exception {
        upload("en", file("photo.jpg", "image/jpeg", TestImages.jpegWithGps(800, 600)));
        String key = gallery.of(articleId).getFirst().thumbnailUrl().split("/")[2];

        for (String path : List.of(
                "/media/" + key + "/original",
                "/media/" + key + "/photo.jpg",
                "/media/" + key + "/..%2F..%2Fapplication.yml",
                "/media/00000000-0000-0000-0000-000000000000/thumb.jpg")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus())
                    .as(path)
                    .isIn(400, 404);
        }
    }

    @Test
    void filesAreStoredUnderNamesWeGenerateNeverTheUploadersName() throws Exception {
        upload("en", file("my-secret-name.png", "image/png", TestImages.png(100, 80, Color.CYAN)));

        try (Stream<Path> files = Files.walk(properties.getDir())) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .isNotEmpty()
                    .noneMatch(name -> name.contains("my-secret-name"));
        }
        String key = gallery.of(articleId).getFirst().thumbnailUrl().split("/")[2];
        try (Stream<Path> files = Files.list(properties.getDir().resolve(key))) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("original", "thumb.png", "100.png");
        }
    }

    @Test
    void everyAcceptedTypeUploads() throws Exception {
        java.io.ByteArrayOutputStream gif = new java.io.ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 40, BufferedImage.TYPE_BYTE_INDEXED), "gif", gif);
        // The 1×1 lossy and lossless WebP files browsers' feature tests use.
        byte[] lossy = java.util.Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
        byte[] lossless = java.util.Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

        MockHttpServletResponse response = upload(
                "en",
                file("a.jpg", "image/jpeg", TestImages.jpeg(50, 40, Color.RED)),
                file("b.png", "image/png", TestImages.png(50, 40, Color.RED)),
                file("c.gif", "image/gif", gif.toByteArray()),
                file("d.webp", "image/webp", lossy),
                file("e.webp", "image/webp", lossless));

        List<Boolean> accepted = JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$[*].accepted");
        assertThat(accepted).containsExactly(true, true, true, true, true);
    }

    @Test
    void replacingAnImageKeepsItsPlaceAndTextsAndRetiresTheOldFiles() throws Exception {
        upload("en", file("first.png", "image/png", TestImages.png(300, 200, Color.RED)));
        upload("en", file("second.png", "image/png", TestImages.png(300, 200, Color.GREEN)));
        Image old = gallery.of(articleId).getFirst();
        gallery.writeTexts(articleId, old.id(), "ru", new ImageText("Красный прямоугольник", "Подпись", ""));

        MockHttpServletResponse response = mvc.perform(multipart("/admin/articles/{id}/gallery/upload", articleId)
                        .file(file("better.jpg", "image/jpeg", TestImages.jpeg(640, 480, Color.RED)))
                        .param("replaces", String.valueOf(old.id()))
                        .with(csrf())
                        .with(user(editor)))
                .andReturn()
                .getResponse();

        assertThat((Boolean) JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$[0].accepted"))
                .isTrue();
        Image replaced = gallery.of(articleId).getFirst();
        assertThat(replaced.id()).isEqualTo(old.id());
        assertThat(replaced.originalName()).isEqualTo("better.jpg");
        assertThat(replaced.text("ru").alt()).isEqualTo("Красный прямоугольник");
        assertThat(replaced.thumbnailUrl()).isNotEqualTo(old.thumbnailUrl()).endsWith(".jpg");
        assertThat(mvc.perform(get(old.thumbnailUrl()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(Files.exists(properties.getDir().resolve(old.thumbnailUrl().split("/")[2])))
                .isFalse();
    }
}
