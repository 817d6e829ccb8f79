package org.tilmash.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.VersionState;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TestImages;
import org.tilmash.support.TilmashTest;
import org.tilmash.workflow.Workflow;
import org.tilmash.workflow.WorkflowException;

/** Galleries through the life of an article: texts per language, the alt-text check on publishing, readers' view. */
@TilmashTest
class GalleryPublishingTest {

    @Autowired
    Fixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ContentService content;

    @Autowired
    Workflow workflow;

    @Autowired
    Gallery gallery;

    @Autowired
    MediaProperties properties;

    private String editor;
    private String reviewer;
    private Long articleId;
    private String title;

    @BeforeEach
    void anArticleInEnglishAndRussian() {
        editor = person("gallery-editor", Map.of(Role.EDITOR, Set.of()));
        reviewer = person("gallery-reviewer", Map.of(Role.REVIEWER, Set.of("en", "ru")));
        title = "Mountain road " + TestAccounts.unique("reopens");
        articleId = fixture.article("en")
                .by(editor)
                .reviewedBy(reviewer)
                .draft("en", new ArticleText(title, "Intro", "<p>Text</p>"))
                .draft("ru", new ArticleText("Горная дорога " + title, "Вступление", "<p>Текст</p>"))
                .create()
                .id();
    }

    private String person(String prefix, Map<Role, Set<String>> roles) {
        return fixture.accounts(prefix, roles);
    }

    private Image upload(String name) {
        byte[] jpeg = TestImages.jpeg(800, 600, Color.DARK_GRAY);
        return gallery.upload(articleId, name, jpeg.length, new ByteArrayResource(jpeg), editor, Optional.empty())
                .image()
                .orElseThrow();
    }

    private Long versionId(String language) {
        return content.findVersion(articleId, language).orElseThrow().id();
    }

    private void publish(String language) {
        fixture.submitAndApprove(versionId(language), editor, reviewer);
    }

    @Test
    void aLanguageVersionIsNotPublishedWhileAnImageLacksAltTextInThatLanguage() throws Exception {
        Image road = upload("road.jpg");
        Image pass = upload("pass.jpg");
        gallery.writeTexts(articleId, road.id(), "en", new ImageText("A road between snowy slopes", "", ""));
        gallery.writeTexts(articleId, pass.id(), "en", new ImageText("A mountain pass", "", ""));
        gallery.writeTexts(articleId, road.id(), "ru", new ImageText("Дорога между снежными склонами", "", ""));
        SignedIn.run(editor, () -> workflow.submit(versionId("ru")));

        assertThatThrownBy(() -> SignedIn.run(reviewer, () -> workflow.approve(versionId("ru"), Optional.empty())))
                .isInstanceOfSatisfying(WorkflowException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("media.error.missingAlt");
                    assertThat(refused.arguments()).containsEntry("images", "2 (pass.jpg)");
                });

        Document review = Jsoup.parse(mvc.perform(get("/admin/articles/{id}/ru", articleId)
                        .with(user(reviewer))
                        .header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(review.select(".gallery-review h2").text()).isEqualTo("Gallery: 2 images");
        assertThat(review.select(".gallery-review .alt").eachText()).containsExactly("Дорога между снежными склонами");
        assertThat(review.select(".gallery-review .missing-alt").eachText())
                .containsExactly("No alt text in this language yet: publishing will be refused.");

        MvcResult approve = mvc.perform(post("/admin/articles/{id}/ru/approve", articleId)
                        .with(csrf())
                        .with(user(reviewer)))
                .andReturn();
        String page = mvc.perform(get("/admin/articles/{id}/ru", articleId)
                        .with(user(reviewer))
                        .header("Accept-Language", "en")
                        // The flash message travels in the session, in the database: the next request carries its
                        // cookie.
                        .cookie(approve.getResponse().getCookie("SESSION")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select(".alert.error").text())
                .isEqualTo("Image 2 (pass.jpg) has no alt text in Russian. Add it before publishing.");

        publish("en");
        assertThat(content.findVersion(articleId, "en").orElseThrow().live()).isTrue();
        gallery.writeTexts(articleId, pass.id(), "ru", new ImageText("Горный перевал", "", ""));
        SignedIn.run(reviewer, () -> workflow.approve(versionId("ru"), Optional.empty()));
        assertThat(content.findVersion(articleId, "ru").orElseThrow().live()).isTrue();
    }

    @Test
    void readersSeeTheGalleryInTheirLanguageAndListingsCountThePhotos() throws Exception {
        Image road = upload("road.jpg");
        Image pass = upload("pass.jpg");
        Image lake = upload("lake.jpg");
        for (Image image : List.of(road, pass, lake)) {
            gallery.writeTexts(articleId, image.id(), "en", new ImageText("English alt " + image.number(), "", ""));
            gallery.writeTexts(
                    articleId,
                    image.id(),
                    "ru",
                    new ImageText("Русский альт " + image.number(), "Подпись " + image.number(), "ТАСС"));
        }
        mvc.perform(post("/admin/articles/{id}/gallery/order", articleId)
                        .param("image", String.valueOf(lake.id()))
                        .param("image", String.valueOf(road.id()))
                        .param("image", String.valueOf(pass.id()))
                        .with(csrf())
                        .with(user(editor)))
                .andReturn();
        publish("en");
        publish("ru");
        String slug = content.findVersion(articleId, "ru").orElseThrow().slug();

        MvcResult first =
                mvc.perform(get("/ru/news/{id}-{slug}", articleId, slug)).andReturn();
        Document article = Jsoup.parse(first.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(article.select(".gallery h2").text()).isEqualTo("3 фотографии");
        assertThat(article.select(".gallery img").eachAttr("alt"))
                .containsExactly("Русский альт 3", "Русский альт 1", "Русский альт 2");
        assertThat(article.select(".gallery figcaption").eachText())
                .containsExactly("Подпись 3", "Подпись 1", "Подпись 2");
        assertThat(article.select(".gallery img").eachAttr("lang")).containsOnly("ru");
        assertThat(article.select(".gallery").attr("lang"))
                .as("the gallery's own labels are in the page's language")
                .isEmpty();
        Element link = article.selectFirst(".gallery a.thumbnail");
        assertThat(link.attr("data-srcset")).contains("480w").contains("800w");
        assertThat(link.attr("data-credit")).isEqualTo("Фото: ТАСС");
        assertThat(link.attr("data-position")).isEqualTo("Изображение 1 из 3");
        assertThat(article.select("dialog#lightbox")).hasSize(1);
        assertThat(article.select("script[src$=lightbox.js]")).hasSize(1);

        String news = mvc.perform(get("/en/news")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Element teaser = Jsoup.parse(news).select("article.teaser").stream()
                .filter(t -> t.select("h2").text().equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(teaser.select(".photos").text()).isEqualTo("3 photos");
    }

    @Test
    void galleryChangesOfALiveVersionReachReadersOnlyAfterAReviewerOfTheLanguageApprovesThem() throws Exception {
        Image road = upload("road.jpg");
        gallery.writeTexts(articleId, road.id(), "en", new ImageText("A road", "", ""));
        gallery.writeTexts(articleId, road.id(), "ru", new ImageText("Дорога", "Подпись", "ТАСС"));
        publish("en");
        publish("ru");
        String slug = content.findVersion(articleId, "ru").orElseThrow().slug();
        MvcResult before =
                mvc.perform(get("/ru/news/{id}-{slug}", articleId, slug)).andReturn();
        String etag = before.getResponse().getHeader("ETag");

        SignedIn.run(
                editor,
                () -> gallery.writeTexts(articleId, road.id(), "ru", new ImageText("Дорога", "Новая подпись", "ТАСС")));
        Image lake = SignedIn.as(editor, () -> upload("lake.jpg"));

        assertThat(content.findVersion(articleId, "ru").orElseThrow().state()).isEqualTo(VersionState.DRAFT);
        assertThat(content.findVersion(articleId, "en").orElseThrow().state()).isEqualTo(VersionState.DRAFT);
        assertThat(mvc.perform(get("/ru/news/{id}-{slug}", articleId, slug).header("If-None-Match", etag))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("readers still see the approved gallery, unchanged")
                .isEqualTo(304);
        Document waiting = Jsoup.parse(mvc.perform(get("/ru/news/{id}-{slug}", articleId, slug))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(waiting.select(".gallery figcaption").eachText()).containsExactly("Подпись");
        assertThat(waiting.select(".gallery img")).hasSize(1);
        assertThat(waiting.select(".gallery img").attr("alt")).isEqualTo("Дорога");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                        "/admin/articles/{id}/gallery/upload", articleId)
                                .file(new org.springframework.mock.web.MockMultipartFile(
                                        "files", "swap.jpg", "image/jpeg", TestImages.jpeg(300, 200, Color.RED)))
                                .param("replaces", String.valueOf(road.id()))
                                .param("lang", "ru")
                                .with(csrf())
                                .with(user(editor)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .as("an image readers see is not replaced under them")
                .contains("\"name\":\"swap.jpg\",\"accepted\":false");
        assertThat(gallery.of(articleId).getFirst().thumbnailUrl()).isEqualTo(road.thumbnailUrl());

        gallery.writeTexts(articleId, lake.id(), "ru", new ImageText("Озеро", "", ""));
        publish("ru");

        Document approved = Jsoup.parse(mvc.perform(get("/ru/news/{id}-{slug}", articleId, slug))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(approved.select(".gallery figcaption").eachText()).containsExactly("Новая подпись");
        assertThat(approved.select(".gallery img").eachAttr("alt")).containsExactly("Дорога", "Озеро");
        String english = mvc.perform(get(
                        "/en/news/{id}-{slug}",
                        articleId,
                        content.findVersion(articleId, "en").orElseThrow().slug()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(english).select(".gallery img").eachAttr("alt"))
                .as("English readers wait for an English reviewer")
                .containsExactly("A road");
    }

    @Test
    void anImageReadersStillSeeIsNotRemovedAndOneTheyDoNotIsRemovedWithItsFiles() throws Exception {
        Image road = upload("road.jpg");
        gallery.writeTexts(articleId, road.id(), "en", new ImageText("A road", "", ""));
        publish("en");

        MvcResult refused = mvc.perform(post("/admin/articles/{id}/gallery/remove", articleId)
                        .param("image", String.valueOf(road.id()))
                        .param("lang", "en")
                        .with(csrf())
                        .with(user(editor)))
                .andReturn();
        assertThat(refused.getFlashMap().get("error")).isEqualTo("media.error.inUse");
        assertThat(gallery.of(articleId)).hasSize(1);

        SignedIn.run(reviewer, () -> workflow.unpublish(versionId("en")));
        MvcResult removed = mvc.perform(post("/admin/articles/{id}/gallery/remove", articleId)
                        .param("image", String.valueOf(road.id()))
                        .param("lang", "en")
                        .with(csrf())
                        .with(user(editor)))
                .andReturn();
        assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles/" + articleId + "/en/gallery");
        assertThat(gallery.of(articleId)).isEmpty();
        String key = road.thumbnailUrl().split("/")[2];
        assertThat(Files.exists(properties.getDir().resolve(key))).isFalse();
        assertThat(mvc.perform(get(road.thumbnailUrl()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void translatorsWriteImageTextsInTheirLanguageOnlyAndReorderingNeedsTheWholeGallery() throws Exception {
        Image road = upload("road.jpg");
        Image pass = upload("pass.jpg");
        String translator = person("gallery-translator", Map.of(Role.TRANSLATOR, Set.of("kk")));

        mvc.perform(post("/admin/articles/{id}/kk/gallery/texts", articleId)
                        .param("alt-" + road.id(), "Қарлы беткейлер арасындағы жол")
                        .param("caption-" + road.id(), "Жол, көктем")
                        .param("credit-" + road.id(), "Қазинформ")
                        .with(csrf())
                        .with(user(translator)))
                .andReturn();

        assertThat(gallery.texts(articleId, road.id(), "kk"))
                .isEqualTo(new ImageText("Қарлы беткейлер арасындағы жол", "Жол, көктем", "Қазинформ"));
        assertThat(gallery.texts(articleId, road.id(), "en")).isEqualTo(ImageText.EMPTY);
        MvcResult tooLong = mvc.perform(post("/admin/articles/{id}/kk/gallery/texts", articleId)
                        .param("alt-" + road.id(), "Жаңа жол")
                        .param("caption-" + road.id(), "")
                        .param("credit-" + road.id(), "")
                        .param("alt-" + pass.id(), "ұ".repeat(501))
                        .param("caption-" + pass.id(), "Асу, жазылған жазу")
                        .param("credit-" + pass.id(), "")
                        .with(csrf())
                        .with(user(translator)))
                .andReturn();
        org.jsoup.nodes.Document shownAgain =
                org.jsoup.Jsoup.parse(tooLong.getResponse().getContentAsString());
        assertThat(shownAgain.select("p.alert.error").text())
                .as("which image, in the editor's language")
                .startsWith("Image 2:");
        assertThat(shownAgain.select("#caption-" + pass.id()).text())
                .as("what was typed is kept")
                .isEqualTo("Асу, жазылған жазу");
        assertThat(shownAgain.select("#alt-" + road.id()).val()).isEqualTo("Жаңа жол");
        assertThat(gallery.texts(articleId, road.id(), "kk").alt())
                .as("all or nothing: the first image's text that fitted is not written either")
                .isEqualTo("Қарлы беткейлер арасындағы жол");
        int status = mvc.perform(post("/admin/articles/{id}/gallery/order", articleId)
                        .param("image", String.valueOf(pass.id()))
                        .with(csrf())
                        .with(user(editor)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(400);
        assertThat(gallery.of(articleId)).extracting(Image::id).containsExactly(road.id(), pass.id());
    }
}
