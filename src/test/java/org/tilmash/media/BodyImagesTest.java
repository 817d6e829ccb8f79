package org.tilmash.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
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
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TestImages;
import org.tilmash.support.TilmashTest;
import org.tilmash.workflow.Workflow;
import org.tilmash.workflow.WorkflowException;

/**
 * Images in an article's body and its lead image: what the editor's picker offers, what readers get (our renditions,
 * the alt text of their language, never wider than the column), what a translation carries over, and what publishing
 * refuses.
 */
@TilmashTest
class BodyImagesTest {

    @Autowired
    Fixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentService content;

    @Autowired
    Workflow workflow;

    @Autowired
    Gallery gallery;

    private String editor;
    private String reviewer;
    private Long articleId;
    private String title;

    @BeforeEach
    void anEnglishArticle() {
        editor = fixture.account("body-editor", Role.EDITOR);
        reviewer = fixture.accounts("body-reviewer", Map.of(Role.REVIEWER, Set.of("en", "ru")));
        title = "New bridge " + TestAccounts.unique("over");
        articleId = fixture.article("en")
                .by(editor)
                .reviewedBy(reviewer)
                .draft("en", Fixture.text(title, "Intro", "Text"))
                .create()
                .id();
    }

    private Image upload(Long article, String name, int width, int height) {
        byte[] jpeg = TestImages.jpeg(width, height, Color.DARK_GRAY);
        return gallery.upload(article, name, jpeg.length, new ByteArrayResource(jpeg), editor, Optional.empty())
                .image()
                .orElseThrow();
    }

    private String page(String path, String username) throws Exception {
        var request = get(path).header("Accept-Language", "en");
        if (username != null) {
            request.with(user(username));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Long versionId(String language) {
        return content.findVersion(articleId, language).orElseThrow().id();
    }

    private Document readerPage(String language) throws Exception {
        String slug = content.findVersion(articleId, language).orElseThrow().slug();
        return Jsoup.parse(page("/" + language + "/news/" + articleId + "-" + slug, null));
    }

    @Test
    void thePickerNumbersTheGalleryAndReadersGetOurRenditionsWithTheAltTextOfTheirLanguage() throws Exception {
        Image bridge = upload(articleId, "a.jpg", 1600, 900);
        Image river = upload(articleId, "b.jpg", 600, 400);
        gallery.writeTexts(
                articleId, bridge.id(), "en", new ImageText("A steel bridge", "Opening day", "A. Photographer"));
        gallery.writeTexts(
                articleId, bridge.id(), "ru", new ImageText("Стальной мост", "День открытия", "А. Фотограф"));
        gallery.writeTexts(articleId, river.id(), "en", new ImageText("The river", "", ""));

        DocumentContext picker =
                JsonPath.parse(page("/admin/articles/" + articleId + "/ru/gallery/images.json", editor));
        assertThat(picker.read("$[0].title", String.class)).isEqualTo("1. Стальной мост");
        assertThat(picker.read("$[0].alt", String.class)).isEqualTo("Стальной мост");
        assertThat(picker.read("$[0].value", String.class))
                .isEqualTo(bridge.renditionFor(960).url());
        assertThat(picker.read("$[1].title", String.class))
                .as("an image without alt text in the language is named by its file and says so")
                .isEqualTo("2. b.jpg (no alt text in Russian yet)");

        String src = picker.read("$[0].value", String.class);
        fixture.saveDraft(
                articleId,
                "en",
                new ArticleText(
                        title, "Intro", "<p>The bridge opened.</p><p><img src=\"" + src + "\" alt=\"1. a.jpg\"></p>"),
                editor);
        fixture.submitAndApprove(versionId("en"), editor, reviewer);

        Element figure = readerPage("en").selectFirst(".story .body figure.body-image");
        assertThat(figure).as("an image in a paragraph of its own is a figure").isNotNull();
        Element img = figure.selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo("A steel bridge");
        assertThat(img.attr("srcset")).contains("480w", "960w", "1600w");
        assertThat(img.attr("sizes")).isEqualTo(BodyImages.SIZES);
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("900");
        assertThat(figure.select("figcaption").text()).isEqualTo("Opening day Photo: A. Photographer");

        // The translator never touches the image: the translation carries it, with the Russian alt text.
        mvc.perform(post("/admin/articles/{id}/ru/translate", articleId)
                        .param("pivot", "en")
                        .param("segment", "Новый мост", "Вступление", "Мост открыт.", "")
                        .with(csrf())
                        .with(user(editor)))
                .andReturn();
        assertThat(content.findVersion(articleId, "ru").orElseThrow().working().body())
                .isEqualTo("<p>Мост открыт.</p><p><img src=\"" + src + "\" alt=\"1. a.jpg\"></p>");
        gallery.writeTexts(articleId, river.id(), "ru", new ImageText("Река", "", ""));
        fixture.submitAndApprove(versionId("ru"), editor, reviewer);
        Element russian = readerPage("ru").selectFirst(".story .body figure.body-image");
        assertThat(russian.selectFirst("img").attr("alt")).isEqualTo("Стальной мост");
        assertThat(russian.select("figcaption").text()).isEqualTo("День открытия Фото: А. Фотограф");

        Document backOffice = Jsoup.parse(page("/admin/articles/" + articleId + "/ru", reviewer));
        assertThat(backOffice.select(".working-text .body img").attr("alt")).isEqualTo("Стальной мост");
    }

    @Test
    void anImageFromAnotherArticlesGalleryKeepsTheTextFromBeingPublished() {
        Long other = fixture.article("en")
                .draft("en", Fixture.text("Other", "Other"))
                .create()
                .id();
        Image foreign = upload(other, "foreign.jpg", 500, 300);
        fixture.saveDraft(
                articleId,
                "en",
                new ArticleText(
                        title,
                        "Intro",
                        "<p><img src=\"" + foreign.renditionFor(960).url() + "\" alt=\"\"></p>"),
                editor);
        SignedIn.run(editor, () -> workflow.submit(versionId("en")));

        assertThatThrownBy(() -> SignedIn.run(reviewer, () -> workflow.approve(versionId("en"), Optional.empty())))
                .isInstanceOfSatisfying(WorkflowException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(AltTextGuard.FOREIGN_KEY);
                    assertThat(refused.arguments()).containsEntry("count", 1L);
                });
    }

    @Test
    void theLeadImageShowsOnTheArticleInListingsAndInOpenGraphAsAReviewerApprovedIt() throws Exception {
        Image first = upload(articleId, "first.jpg", 800, 600);
        Image lead = upload(articleId, "lead.jpg", 1600, 1000);
        gallery.writeTexts(articleId, first.id(), "en", new ImageText("First", "", ""));
        gallery.writeTexts(articleId, lead.id(), "en", new ImageText("Crowds on the bridge", "The first crossing", ""));
        mvc.perform(post("/admin/articles/{id}/gallery/lead", articleId)
                        .param("image", String.valueOf(lead.id()))
                        .param("lang", "en")
                        .with(csrf())
                        .with(user(editor)))
                .andReturn();
        assertThat(Jsoup.parse(page("/admin/articles/" + articleId + "/en/gallery", editor))
                        .select("li.gallery-item:has(.lead-mark) .file-name")
                        .text())
                .isEqualTo("Image 2: lead.jpg");
        fixture.submitAndApprove(versionId("en"), editor, reviewer);

        Document article = readerPage("en");
        assertThat(article.select(".story .lead-image img").attr("alt")).isEqualTo("Crowds on the bridge");
        assertThat(article.select(".story .lead-image figcaption").text()).isEqualTo("The first crossing");
        assertThat(article.select("meta[property=og:image]").attr("content"))
                .startsWith("http")
                .endsWith(lead.renditionFor(1200).url());
        assertThat(article.select("meta[property=og:image:alt]").attr("content"))
                .isEqualTo("Crowds on the bridge");
        Element teaser = Jsoup.parse(page("/en/news", null)).select("article.teaser").stream()
                .filter(candidate -> candidate.select("h2").text().equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(teaser.select("img.teaser-image").attr("src")).isEqualTo(lead.thumbnailUrl());

        SignedIn.run(editor, () -> gallery.chooseLead(articleId, Optional.of(first.id())));
        assertThat(readerPage("en").select(".story .lead-image img").attr("alt"))
                .as("readers keep the approved lead until a reviewer approves the change")
                .isEqualTo("Crowds on the bridge");
        fixture.submitAndApprove(versionId("en"), editor, reviewer);
        assertThat(readerPage("en").select(".story .lead-image img").attr("alt"))
                .isEqualTo("First");
    }
}
