package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.support.Fixture;
import org.tilmash.support.TilmashTest;

/**
 * Two people saving one version: the second gets the other's changes as a word diff and chooses per part; nothing the
 * first saved is replaced without an explicit confirmation, in the editor and in the translation editor.
 */
@TilmashTest
class ConflictsTest {

    @Autowired
    Fixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentService content;

    private static MockHttpServletResponse perform(MockMvc mvc, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(csrf()).header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
    }

    private static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theSecondEditorChoosesPartByPartAndReplacesTheOtherChangeOnlyWhenConfirming() throws Exception {
        Fixture.Article article = fixture.article("en")
                .draft("en", new ArticleText("Dam opens", "Water flows.", "<p>One.</p><p>Two.</p>"))
                .create();
        String first = article.editor();
        String second = fixture.accounts("second-editor", Map.of(Role.EDITOR, Set.of()));
        String path = "/admin/articles/" + article.id() + "/en/edit";
        Document form = html(perform(mvc, get(path).with(user(second))));
        fixture.saveDraft(
                article.id(),
                "en",
                new ArticleText("Dam opens early", "Water flows.", "<p>One.</p><p>Two.</p>"),
                first);

        MockHttpServletResponse conflict = perform(
                mvc,
                post(path)
                        .with(user(second))
                        .param("title", "The dam opens")
                        .param("intro", "Water flows.")
                        .param("body", "<p>One.</p><p>Two, rewritten.</p>")
                        .param("slug", form.select("#slug").val())
                        .param(
                                "expectedVersion",
                                form.select("input[name=expectedVersion]").val())
                        .param(
                                "baseRevision",
                                form.select("input[name=baseRevision]").val()));
        Document page = html(conflict);
        assertThat(page.select("main.conflict")).hasSize(1);
        assertThat(page.select(".their-changes ins").eachText()).contains("early");
        assertThat(page.select("fieldset.part")).hasSize(2);
        assertThat(page.select("fieldset.part")
                        .first()
                        .select("input[value=THEIRS]")
                        .hasAttr("checked"))
                .as("where both changed a part, the saved text is chosen")
                .isTrue();
        assertThat(page.select("fieldset.part input[value=MINE][checked]")).hasSize(1);
        assertThat(page.select("#save"))
                .as("no plain save that would write over the other change")
                .isEmpty();

        MockHttpServletRequestBuilder merge = post(path + "/merge")
                .with(user(second))
                .param("title", page.select("input[name=title]").val())
                .param("intro", page.select("input[name=intro]").val())
                .param("body", page.select("input[name=body]").val())
                .param("slug", page.select("input[name=slug]").val())
                .param("byline", page.select("input[name=byline]").val())
                .param(
                        "expectedVersion",
                        page.select("input[name=expectedVersion]").val())
                .param("baseRevision", page.select("input[name=baseRevision]").val())
                .param(
                        "theirsRevision",
                        page.select("input[name=theirsRevision]").val())
                .param(page.select("fieldset.part").first().select("input").attr("name"), "MINE");

        Document refused = html(perform(mvc, merge));
        assertThat(refused.select(".alert.error").text())
                .isEqualTo("You chose your text over changes someone else saved. Tick the confirmation to replace them,"
                        + " or keep the saved text.");
        assertThat(refused.select("fieldset.part")
                        .first()
                        .select("input[value=MINE]")
                        .hasAttr("checked"))
                .as("the choices are kept")
                .isTrue();
        assertThat(content.findVersion(article.id(), "en").orElseThrow().title())
                .isEqualTo("Dam opens early");

        assertThat(perform(mvc, merge.param("confirmOverwrite", "true")).getStatus())
                .isEqualTo(302);
        ArticleText saved =
                content.findVersion(article.id(), "en").orElseThrow().working().text();
        assertThat(saved)
                .extracting(ArticleText::title, ArticleText::intro, ArticleText::body)
                .containsExactly("The dam opens", "Water flows.", "<p>One.</p><p>Two, rewritten.</p>");
    }

    @Test
    void aSecondTranslatorSeesTheSavedTranslationAndReplacesItOnlyWhenConfirming() throws Exception {
        Fixture.Article article = fixture.article("en")
                .published("en", new ArticleText("Dam opens", "Water flows.", "<p>One.</p>"))
                .draft("kk", new ArticleText("Бөгет ашылды", "Су ағады.", "<p>Бір.</p>"))
                .create();
        String first = fixture.account("first-translator", Role.TRANSLATOR, "kk");
        String second = fixture.account("second-translator", Role.TRANSLATOR, "kk");
        long loaded = content.findVersion(article.id(), "kk").orElseThrow().version();
        String path = "/admin/articles/" + article.id() + "/kk/translate";
        assertThat(perform(
                                mvc,
                                post(path)
                                        .with(user(first))
                                        .param("pivot", "en")
                                        .param("segment", "Бөгет ерте ашылды", "Су ағады.", "Бір.")
                                        .param("expectedVersion", String.valueOf(loaded)))
                        .getStatus())
                .isEqualTo(302);

        MockHttpServletRequestBuilder mine = post(path)
                .with(user(second))
                .param("pivot", "en")
                .param("segment", "Бөгет ашылды, менің нұсқам", "Су ағады.", "Бір.")
                .param("expectedVersion", String.valueOf(loaded));
        Document conflict = html(perform(mvc, mine));
        assertThat(conflict.select("#conflict-explain")).hasSize(1);
        assertThat(conflict.select(".saved-translation .saved-text").eachText()).containsExactly("Бөгет ерте ашылды");
        assertThat(conflict.select("#segment-0").text()).isEqualTo("Бөгет ашылды, менің нұсқам");
        String overwrite = conflict.select("input[name=overwriteVersion]").val();
        assertThat(conflict.select("input[name=expectedVersion]").val())
                .as("a second click on Save is refused again: the page keeps the version the translator started from")
                .isEqualTo(String.valueOf(loaded));

        mine.param("overwriteVersion", overwrite);
        assertThat(html(perform(mvc, mine)).select("#conflict-explain")).hasSize(1);
        assertThat(content.findVersion(article.id(), "kk").orElseThrow().title())
                .isEqualTo("Бөгет ерте ашылды");

        assertThat(perform(mvc, mine.param("confirmOverwrite", "true")).getStatus())
                .isEqualTo(302);
        assertThat(content.findVersion(article.id(), "kk").orElseThrow().title())
                .isEqualTo("Бөгет ашылды, менің нұсқам");
    }
}
