package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.accounts.Role;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;

/** A working title is shown only to people who may read that language's working text, in every rendered list. */
@TilmashTest
class DraftTitlesTest {

    private static final List<String> LISTS =
            List.of("/admin", "/admin/inbox", "/admin/translations", "/admin/coverage", "/admin/coverage.csv");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixture fixture;

    private String render(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void nobodyWhoMayNotReadADraftSeesItsTitleInAnyList() throws Exception {
        String secret = "Unannounced merger " + TestAccounts.unique("t");
        String live = "Water summit opens " + TestAccounts.unique("t");
        Fixture.Article draftOnly = fixture.article("en")
                .draft("en", Fixture.text(secret, "Not for anyone else."))
                .create();
        Fixture.Article published = fixture.article("en")
                .published("en", Fixture.text(live, "Ministers met."))
                .create();
        String revised = "Merger confirmed " + TestAccounts.unique("t");
        fixture.saveDraft(published.id(), "en", Fixture.text(revised, "Draft."), published.editor());
        String editor = draftOnly.editor();
        String admin = fixture.account("admin", Role.ADMIN);
        List<String> outsiders = List.of(
                fixture.account("translator", Role.TRANSLATOR, "kk"),
                fixture.account("reviewer", Role.REVIEWER, "ru"),
                admin);

        assertThat(render("/admin", editor)).contains(secret);
        for (String outsider : outsiders) {
            for (String list : LISTS) {
                if (outsider.equals(admin) && list.equals("/admin")) {
                    // An administrator audits every revision: their dashboard's audit trail names drafts by title.
                    continue;
                }
                assertThat(render(list, outsider)).as(outsider + " " + list).doesNotContain(secret, revised);
            }
        }
        assertThat(render("/admin/coverage?section=" + published.sectionId(), outsiders.getFirst()))
                .as("a live article is named by what readers see")
                .contains(live);
        assertThat(render("/admin/coverage?section=" + draftOnly.sectionId(), outsiders.getFirst()))
                .as("an article nobody may show this user is named by its number")
                .contains("Article " + draftOnly.id());
    }
}
