package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;

/**
 * The administrator's audit trail names articles by title and people by name, links only to pages the administrator
 * may open, and opens any revision read-only.
 */
@TilmashTest
class AuditPagesTest {

    @Autowired
    Fixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    private MockHttpServletResponse get(String path, String username) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .with(user(username))
                        .header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
    }

    private Document page(String path, String username) throws Exception {
        MockHttpServletResponse response = get(path, username);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theAuditTrailNamesTitlesAndPeopleAndOpensARevisionReadOnly() throws Exception {
        String editor = TestAccounts.unique("audited");
        accounts.create(editor, TestAccounts.PASSWORD, "Aigerim Sadykova", Map.of(Role.EDITOR, Set.of()));
        String title = "Water summit " + TestAccounts.unique("t");
        Fixture.Article article = fixture.article("en")
                .by(editor)
                .draft("en", Fixture.text(title, "Ministers met.", "The summit opened."))
                .create();
        String admin = fixture.account("auditor", Role.ADMIN);

        Document audit = page("/admin/audit?actor=" + editor, admin);
        Element row = audit.selectFirst("#audit tbody tr");
        assertThat(row.select("td").get(1).text()).isEqualTo("Aigerim Sadykova");
        assertThat(row.select(".audit-article").text())
                .contains(title)
                .contains("English")
                .doesNotContain(editor);
        assertThat(row.select("a[href$=/admin/articles/" + article.id() + "/en]"))
                .as("the administrator may not open the editing page, so it is not linked")
                .isEmpty();
        assertThat(audit.select("select[name=actor] option[value=" + editor + "]")
                        .text())
                .isEqualTo("Aigerim Sadykova");

        String revision = row.select("a.revision-link").attr("href");
        assertThat(revision).isEqualTo("/admin/articles/" + article.id() + "/en/revisions/1");
        Document view = page(revision, admin);
        assertThat(view.select("article.working-text h1").text()).isEqualTo(title);
        assertThat(view.select("#revision-author").text()).isEqualTo("Aigerim Sadykova");
        assertThat(view.select("#read-only").text()).isEqualTo("Revision 1 of 1 in English, read-only.");
        assertThat(view.select("main form, main button"))
                .as("nothing to change there")
                .isEmpty();
        for (Element link : view.select("main a")) {
            assertThat(get(link.attr("href"), admin).getStatus())
                    .as("every link the administrator sees opens: " + link.attr("href"))
                    .isEqualTo(200);
        }

        assertThat(page(revision, editor).select("article.working-text h1").text())
                .isEqualTo(title);
        String translator = fixture.account("outsider", Role.TRANSLATOR, "kk");
        assertThat(get(revision, translator).getStatus()).isEqualTo(403);

        Document history = page("/admin/articles/" + article.id() + "/en", editor);
        assertThat(history.select(".history tbody td:eq(1)").eachText()).containsOnly("Aigerim Sadykova");
        assertThat(history.select(".audit strong").eachText()).containsOnly("Aigerim Sadykova");
    }

    @Test
    void theSecurityLogNamesPeople() throws Exception {
        String admin = TestAccounts.unique("admin");
        accounts.create(admin, TestAccounts.PASSWORD, "Nurlan Abenov", Map.of(Role.ADMIN, Set.of()));
        String invited = TestAccounts.unique("invited");
        accounts.invite(invited, "Dana Ospanova", Map.of(Role.EDITOR, Set.of()), admin);

        Element row = page("/admin/security-log", admin).select("#security-log tbody tr").stream()
                .filter(candidate -> candidate.text().contains("Dana Ospanova"))
                .findFirst()
                .orElseThrow();
        assertThat(row.text()).contains("Nurlan Abenov").doesNotContain(admin, invited);
    }
}
