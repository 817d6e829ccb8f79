package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.i18n.IcuFormats;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;

/**
 * The administrator's audit trail names articles by title and people by name, links only to pages the administrator
 * may open, and opens any revision read-only; a date an entry records reads as every other date of the back office.
 */
@TilmashTest
class AuditPagesTest {

    @Autowired
    Fixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    Clock clock;

    @Autowired
    LanguageRegistry languages;

    @Autowired
    IcuFormats formats;

    private MockHttpServletResponse get(String path, String username) throws Exception {
        return get(path, username, "en");
    }

    private MockHttpServletResponse get(String path, String username, String language) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(username)).header("Accept-Language", language))
                .andReturn()
                .getResponse();
    }

    private Document page(String path, String username) throws Exception {
        return page(path, username, "en");
    }

    private Document page(String path, String username, String language) throws Exception {
        MockHttpServletResponse response = get(path, username, language);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** Posts a back-office form as {@code username} and expects the usual redirect back to the page. */
    private void post(String path, String username, Map<String, String> fields) throws Exception {
        var request = MockMvcRequestBuilders.post(path).with(user(username)).with(csrf());
        fields.forEach(request::param);
        mvc.perform(request).andExpect(status().isFound());
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
        assertThat(audit.select("#audit thead th").eachText())
                .as("headings for every kind of entry, not the review form's labels")
                .containsExactly("When", "Person", "Article", "Action", "Details");
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
    void aNewArticleDateReadsInTheReadersLanguageAndTheSiteTimeZone() throws Exception {
        Fixture.Article article = fixture.article("en")
                .draft("en", Fixture.text("Basin council " + TestAccounts.unique("t"), "Delegates met."))
                .create();
        String admin = fixture.account("auditor", Role.ADMIN);
        Document shown = page("/admin/articles/" + article.id() + "/en", article.editor());

        post(
                "/admin/articles/" + article.id() + "/settings",
                article.editor(),
                Map.of(
                        "back", "en",
                        "dateline", "2021-12-27T12:30",
                        "sectionId", shown.select("#sectionId option[selected]").val()));

        // Almaty was UTC+6 in 2021: stored as 06:30 UTC, read as the 12:30 the editor entered.
        Map<String, String> dates = Map.of("en", "new date: 27 December 2021", "ru", "новая дата: 27 декабря 2021");
        for (var language : dates.entrySet()) {
            Element onArticle = page("/admin/articles/" + article.id() + "/en", article.editor(), language.getKey())
                    .select(".audit li")
                    .last();
            Element onAudit = page(
                            "/admin/audit?action=DATELINE_CHANGED&actor=" + article.editor(), admin, language.getKey())
                    .selectFirst("#audit tbody tr");
            Element onRevision = page("/admin/articles/" + article.id() + "/en/revisions/1", admin, language.getKey())
                    .select(".audit-of-revision li")
                    .last();
            for (Element entry : List.of(onArticle, onAudit, onRevision)) {
                assertThat(entry.text())
                        .as("the article's new date in %s", language.getKey())
                        .contains(language.getValue(), "12:30")
                        .doesNotContain("2021-12-27T06:30:00Z")
                        .as("a change that leaves the state alone shows no state change")
                        .doesNotContain("→");
            }
        }
    }

    @Test
    void aScheduledPublicationTimeReadsAsADate() throws Exception {
        Fixture.Article article = fixture.article("en")
                .inReview("en", Fixture.text("Spring schedule " + TestAccounts.unique("t"), "Water for farms."))
                .create();
        String admin = fixture.account("auditor", Role.ADMIN);
        LocalDateTime publishAt = LocalDate.ofInstant(clock.instant(), languages.timeZone())
                .plusDays(40)
                .atTime(9, 15);
        Instant at = publishAt.atZone(languages.timeZone()).toInstant();

        post(
                "/admin/articles/" + article.id() + "/en/approve",
                article.reviewer(),
                Map.of("publishAt", publishAt.toString()));

        for (Locale locale : List.of(Locale.ENGLISH, Locale.of("ru"))) {
            Element entry = page(
                            "/admin/audit?action=SCHEDULED&actor=" + article.reviewer(), admin, locale.getLanguage())
                    .selectFirst("#audit tbody tr");
            assertThat(entry.select("td").last().text())
                    .as("when it goes live, in %s", locale)
                    .contains(formats.dateTime(at, locale), "09:15")
                    .doesNotContain(at.toString());
        }
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
