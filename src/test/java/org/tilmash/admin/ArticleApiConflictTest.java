package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.support.Fixture;
import org.tilmash.support.TilmashTest;

/** A tool writing through the API is checked like the editor's form: a stale version is a 409 that keeps its text. */
@TilmashTest
class ArticleApiConflictTest {

    @Autowired
    Fixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentService content;

    private String editor;
    private Long articleId;

    @BeforeEach
    void anArticleWithAnEnglishDraft() {
        editor = fixture.account("api", Role.EDITOR);
        articleId = fixture.article("en")
                .by(editor)
                .draft("en", new ArticleText("Theirs", "", "<p>Theirs</p>"))
                .create()
                .id();
    }

    private MockHttpServletResponse put(String version) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put("/api/articles/" + articleId + "/en")
                        .with(user(editor))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Mine\",\"intro\":\"\",\"body\":\"<p>Mine</p>\",\"version\":" + version
                                + "}"))
                .andReturn()
                .getResponse();
    }

    @Test
    void aStaleOrMissingVersionIsAConflictThatCarriesBothTextsAndSavesNothing() throws Exception {
        long current = content.findVersion(articleId, "en").orElseThrow().version();
        int revisions = content.history(
                        content.findVersion(articleId, "en").orElseThrow().id())
                .size();

        for (String stale : new String[] {String.valueOf(current - 1), "null"}) {
            MockHttpServletResponse conflict = put(stale);
            assertThat(conflict.getStatus()).as(stale).isEqualTo(409);
            String json = conflict.getContentAsString(StandardCharsets.UTF_8);
            assertThat((String) JsonPath.read(json, "$.yours.title")).isEqualTo("Mine");
            assertThat((String) JsonPath.read(json, "$.theirs.title")).isEqualTo("Theirs");
            assertThat(((Number) JsonPath.read(json, "$.currentVersion")).longValue())
                    .isEqualTo(current);
            assertThat((String) JsonPath.read(json, "$.message")).isNotBlank();
        }
        assertThat(content.history(
                        content.findVersion(articleId, "en").orElseThrow().id()))
                .hasSize(revisions);

        assertThat(put(String.valueOf(current)).getStatus()).isEqualTo(200);
        assertThat(content.findVersion(articleId, "en").orElseThrow().working().title())
                .isEqualTo("Mine");
    }
}
