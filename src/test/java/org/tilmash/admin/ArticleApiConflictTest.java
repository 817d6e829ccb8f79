package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.Section;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.workflow.Workflow;

/** A tool writing through the API is checked like the editor's form: a stale version is a 409 that keeps its text. */
@TilmashTest
class ArticleApiConflictTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentService content;

    @Autowired
    Workflow workflow;

    @Autowired
    AccountService accounts;

    private String editor;
    private Long articleId;

    @BeforeEach
    void anArticleWithAnEnglishDraft() {
        editor = TestAccounts.create(accounts, "api", Map.of(Role.EDITOR, Set.of()));
        Section section = content.createSection(TestAccounts.unique("api"), Map.of("en", "Api"));
        articleId = content.createArticle(section.getId(), "en", editor).getId();
        SignedIn.run(
                editor,
                () -> workflow.save(
                        articleId, "en", new ArticleText("Theirs", "", "<p>Theirs</p>"), editor, Optional.empty()));
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
        long current = content.findVersion(articleId, "en").orElseThrow().getVersion();
        int revisions = content.history(
                        content.findVersion(articleId, "en").orElseThrow().getId())
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
                        content.findVersion(articleId, "en").orElseThrow().getId()))
                .hasSize(revisions);

        assertThat(put(String.valueOf(current)).getStatus()).isEqualTo(200);
        assertThat(content.findVersion(articleId, "en")
                        .orElseThrow()
                        .getWorkingRevision()
                        .getTitle())
                .isEqualTo("Mine");
    }
}
