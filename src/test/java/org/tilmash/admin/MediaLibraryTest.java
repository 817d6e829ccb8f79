package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.Color;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.accounts.Role;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;
import org.tilmash.media.ImageText;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TestImages;
import org.tilmash.support.TilmashTest;

/** The media library: every image, the newest first, with its article and the languages still missing alt text. */
@TilmashTest
class MediaLibraryTest {

    @Autowired
    Fixture fixture;

    @Autowired
    Gallery gallery;

    @Autowired
    MockMvc mvc;

    private Image upload(Fixture.Article article, String name) {
        byte[] png = TestImages.png(640, 480, Color.ORANGE);
        return gallery.upload(
                        article.id(), name, png.length, new ByteArrayResource(png), article.editor(), Optional.empty())
                .image()
                .orElseThrow();
    }

    private Document page(String username) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/media").with(user(username)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void anEditorSeesTheNewestImagesFirstWithTheirArticleAndTheMissingAltTexts() throws Exception {
        String title = "Harvest festival " + TestAccounts.unique("m");
        Fixture.Article article = fixture.article("en")
                .draft("en", Fixture.text(title, "Intro."))
                .draft("kk", Fixture.text("Егін мерекесі", "Кіріспе."))
                .create();
        Image older = upload(article, "field.png");
        Image newer = upload(article, "tractor.png");
        gallery.writeTexts(article.id(), older.id(), "en", new ImageText("A wheat field", "", ""));
        gallery.writeTexts(article.id(), older.id(), "kk", new ImageText("Бидай алқабы", "", ""));
        gallery.writeTexts(article.id(), newer.id(), "en", new ImageText("A red tractor", "", ""));

        Document library = page(article.editor());
        assertThat(library.select(".media-card").eachAttr("data-image"))
                .as("the newest upload first")
                .startsWith(newer.id().toString(), older.id().toString());
        Element tractor = library.selectFirst(".media-card[data-image=" + newer.id() + "]");
        assertThat(tractor.select(".media-name").text()).isEqualTo("tractor.png");
        assertThat(tractor.select(".media-facts p").eachText()).contains("640 × 480 pixels");
        assertThat(tractor.select("a").text()).isEqualTo(title);
        assertThat(tractor.select("a").attr("href")).isEqualTo("/admin/articles/" + article.id() + "/en/gallery");
        assertThat(tractor.select(".missing-alt").text()).isEqualTo("No alt text in this language: Kazakh");
        assertThat(library.select(".media-card[data-image=" + older.id() + "] .alt-complete")
                        .text())
                .isEqualTo("Alt text in every language of its article");
        assertThat(library.select(".admin-nav [aria-current=page]").text()).isEqualTo("Library");
    }

    @Test
    void onlyEditorsOpenIt() throws Exception {
        String translator = fixture.account("translator", Role.TRANSLATOR, "kk");
        assertThat(mvc.perform(get("/admin/media").with(user(translator)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
