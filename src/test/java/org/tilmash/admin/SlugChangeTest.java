package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tilmash.accounts.Role;
import org.tilmash.content.ContentService;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;

/** A save and its slug change are one transaction: a taken slug leaves nothing half-written behind. */
@TilmashTest
class SlugChangeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixture fixture;

    @Autowired
    ContentService content;

    private String editor;
    private Fixture.Section section;
    private String takenSlug;

    @BeforeEach
    void anArticleHoldingASlug() {
        editor = fixture.account("slug-editor", Role.EDITOR);
        section = fixture.section("Slugs");
        Fixture.Article holder = fixture.article("en")
                .in(section)
                .by(editor)
                .draft("en", Fixture.text("Dam agreement " + TestAccounts.unique("s"), "Intro."))
                .create();
        takenSlug = content.version(holder.version("en")).orElseThrow().slug();
    }

    private Document form(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void aTakenSlugRefusesTheSaveWithoutWritingTheTextAndTheNextSaveNeedsNoConflictResolution() throws Exception {
        Fixture.Article article = fixture.article("en")
                .in(section)
                .by(editor)
                .draft("en", Fixture.text("Grid link", "Intro."))
                .create();
        Long versionId = article.version("en");
        String path = "/admin/articles/" + article.id() + "/en/edit";
        String loaded = form(mvc.perform(get(path).with(user(editor))))
                .select("input[name=expectedVersion]")
                .val();

        Document refused = form(mvc.perform(post(path)
                        .param("title", "Grid link opened")
                        .param("intro", "Intro.")
                        .param("body", "<p>New text</p>")
                        .param("slug", takenSlug)
                        .param("expectedVersion", loaded)
                        .with(user(editor))
                        .with(csrf()))
                .andExpect(status().isOk()));

        assertThat(refused.select("#slug-error").text()).contains(takenSlug);
        assertThat(refused.select("input[name=title]").val())
                .as("the user's text is kept")
                .isEqualTo("Grid link opened");
        assertThat(content.history(versionId)).as("nothing saved").hasSize(1);

        mvc.perform(post(path)
                        .param("title", "Grid link opened")
                        .param("intro", "Intro.")
                        .param("body", "<p>New text</p>")
                        .param("slug", "grid-link-opened")
                        .param(
                                "expectedVersion",
                                refused.select("input[name=expectedVersion]").val())
                        .with(user(editor))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(content.version(versionId).orElseThrow().slug()).isEqualTo("grid-link-opened");
        assertThat(content.history(versionId)).hasSize(2);
    }

    @Test
    void aNewArticleWhoseSlugIsTakenIsNotCreatedAndTheEditorIsTold() throws Exception {
        long before = content.articleCount();

        Document refused = form(mvc.perform(post("/admin/articles/new")
                        .param("sectionId", section.id().toString())
                        .param("sourceLanguage", "en")
                        .param("title", "Another dam agreement")
                        .param("intro", "Intro.")
                        .param("body", "<p>Text</p>")
                        .param("slug", takenSlug)
                        .with(user(editor))
                        .with(csrf()))
                .andExpect(status().isOk()));

        assertThat(refused.select("#slug-error").text()).contains(takenSlug);
        assertThat(refused.select("input[name=title]").val()).isEqualTo("Another dam agreement");
        assertThat(content.articleCount()).isEqualTo(before);
    }

    @Test
    void aNewArticleInASectionThatDoesNotExistIsRefusedInTheEditorsLanguage() throws Exception {
        long before = content.articleCount();

        Document refused = form(mvc.perform(post("/admin/articles/new")
                        .param("sectionId", "987654321")
                        .param("sourceLanguage", "en")
                        .param("title", "Lost article")
                        .param("intro", "")
                        .param("body", "<p>Text</p>")
                        .param("slug", "")
                        .with(user(editor))
                        .with(csrf()))
                .andExpect(status().isOk()));

        assertThat(refused.select(".field-error").eachText()).contains("Choose one of the listed sections.");
        assertThat(content.articleCount()).isEqualTo(before);
    }
}
