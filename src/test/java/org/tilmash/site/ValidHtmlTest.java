package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.content.ArticleText;
import org.tilmash.media.Gallery;
import org.tilmash.media.ImageText;
import org.tilmash.support.Fixture;
import org.tilmash.support.NuChecker;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestImages;
import org.tilmash.support.TilmashTest;
import org.tilmash.workflow.Workflow;

/** Rendered public pages pass the Nu HTML Checker, the validator behind validator.w3.org/nu. */
@TilmashTest
class ValidHtmlTest {

    @Autowired
    Workflow workflow;

    @Autowired
    Fixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Gallery gallery;

    /** A published article with a captioned gallery, so the thumbnails and the lightbox markup are checked too. */
    private long articleWithGallery() {
        Fixture.Article article = fixture.article("en")
                .draft("en", new ArticleText("Gallery with captions", "Intro", "<p>Text</p>"))
                .create();
        Long id = article.id();
        for (String name : List.of("one.jpg", "two.png")) {
            byte[] png = TestImages.png(600, 400, java.awt.Color.BLUE);
            Long imageId = gallery.upload(
                            id, name, png.length, new ByteArrayResource(png), "valid-html", Optional.empty())
                    .image()
                    .orElseThrow()
                    .id();
            gallery.writeTexts(id, imageId, "en", new ImageText("A blue field", "Caption & credit", "Agency"));
        }
        SignedIn.run(article.editor(), () -> workflow.submit(article.version("en")));
        SignedIn.run(article.reviewer(), () -> workflow.approve(article.version("en"), Optional.empty()));
        return id;
    }

    @Test
    void publicPagesAreValidHtml5() throws Exception {
        Long article = jdbc.queryForObject("select min(id) from tilmash_article where author = 'editor'", Long.class);
        NuChecker checker = new NuChecker();
        long withGallery = articleWithGallery();
        for (String path : List.of(
                "/en/",
                "/ru/news?page=2",
                "/kk/news/breaking",
                "/ky/news/" + article,
                "/az/news?page=2",
                "/en/news/" + withGallery,
                "/en/news")) {
            var response = mvc.perform(get(path)).andReturn().getResponse();
            String location = response.getRedirectedUrl();
            if (location != null) {
                response = mvc.perform(get(location)).andReturn().getResponse();
            }
            checker.check(path, path, response.getContentAsString());
        }
        assertThat(checker.problems()).isEmpty();
    }
}
