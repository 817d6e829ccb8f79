package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.workflow.Workflow;

/** The back-office screens of the editorial workflow, as their users see them. */
@TilmashTest
class BackOfficePagesTest {

    @Autowired
    Fixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ContentService content;

    @Autowired
    Workflow workflow;

    private String editor;
    private String reviewer;
    private String admin;
    private Long articleId;
    private String title;

    @BeforeEach
    void anArticleInReview() {
        editor = person("editor", Map.of(Role.EDITOR, Set.of()));
        reviewer = person("reviewer", Map.of(Role.REVIEWER, Set.of("en", "ru")));
        admin = person("admin", Map.of(Role.ADMIN, Set.of()));
        title = "Pamir glaciers " + TestAccounts.unique("p");
        articleId = fixture.article("en")
                .by(editor)
                .draft("en", new ArticleText(title, "Ice is retreating.", "<p>The ice retreated by four metres.</p>"))
                .create()
                .id();
        save(new ArticleText(title, "Ice is retreating.", "<p>The ice retreated by five metres this year.</p>"));
        Long id = content.findVersion(articleId, "en").orElseThrow().id();
        SignedIn.run(editor, () -> workflow.submit(id));
    }

    private String person(String prefix, Map<Role, Set<String>> roles) {
        return fixture.accounts(prefix, roles);
    }

    private void save(ArticleText text) {
        SignedIn.run(editor, () -> workflow.save(articleId, "en", text, Optional.empty()));
    }

    private Document page(String url, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The editor posts a form that is refused: it comes back as typed, with what is wrong. */
    private Document formShownAgain(String url, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(user(editor)).with(csrf());
        fields.forEach(request::param);
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theComparisonShowsChangedWordsNotTags() throws Exception {
        Document diff = page("/admin/articles/" + articleId + "/en/diff?from=1&to=2", editor);
        assertThat(diff.select("table.diff del").eachText()).contains("four");
        assertThat(diff.select("table.diff ins").eachText())
                .anySatisfy(text -> assertThat(text).contains("five"));
        assertThat(diff.select("table.diff").text()).doesNotContain("<p>");
    }

    @Test
    void aPreviewLooksLikeTheSiteButIsMarkedNeverCachedAndNeverIndexed() throws Exception {
        var response = mvc.perform(get("/preview/" + articleId + "/en").with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("X-Robots-Tag", "noindex, nofollow"))
                .andReturn()
                .getResponse();
        Document preview = Jsoup.parse(response.getContentAsString());
        assertThat(preview.select(".preview-banner").text()).isNotBlank();
        assertThat(preview.select("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(preview.select("article.story h1").text()).isEqualTo(title);
        assertThat(preview.select("link[rel=stylesheet]").attr("href")).isEqualTo("/theme/css/site.css");

        mvc.perform(get("/preview/" + articleId + "/en"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void reviewersFindTheSubmissionInTheirInboxAndTheCoverageMatrix() throws Exception {
        // The notification is delivered after the submission commits.
        await().untilAsserted(() -> assertThat(page("/admin/inbox", reviewer)
                        .select("#notifications li a")
                        .eachText())
                .anySatisfy(text -> assertThat(text).contains(title)));

        Document dashboard = page("/admin/coverage?state=IN_REVIEW&lang=en", reviewer);
        var row = dashboard.select("#coverage tr[data-article=" + articleId + "]");
        assertThat(row.select("td[data-lang=en]").text()).contains("In review").contains(editor);
        assertThat(row.select("td[data-lang=kk]")).isEmpty();
        assertThat(dashboard.select("table.counts th[scope=row]").eachText()).containsExactly("English", "Russian");
    }

    @Test
    void administratorsFilterTheAuditTrail() throws Exception {
        Document audit = page("/admin/audit?actor=" + editor + "&action=SUBMITTED", admin);
        assertThat(audit.select("#audit tbody tr")).hasSize(1);
        assertThat(audit.select("#audit tbody tr").text())
                .as("people by their display name, not their account name")
                .contains("editor")
                .doesNotContain(editor);
        mvc.perform(get("/admin/audit").with(user(editor))).andExpect(status().isForbidden());
    }

    @Test
    void aReviewerCannotRequestChangesWithoutSayingWhatToChange() throws Exception {
        mvc.perform(post("/admin/articles/" + articleId + "/en/request-changes")
                        .param("comment", " ")
                        .with(user(reviewer))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(content.findVersion(articleId, "en").orElseThrow().state().name())
                .isEqualTo("IN_REVIEW");
    }

    @Test
    void aTooLongCommentIsRefusedWithItsLimitAndKeptInTheForm() throws Exception {
        String comment =
                "Check the figures in the second paragraph. ".repeat(94).strip();
        MvcResult refused = mvc.perform(post("/admin/articles/" + articleId + "/en/request-changes")
                        .param("comment", comment)
                        .with(user(reviewer))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn();
        // The flash attributes wait in the session, which Spring Session keeps in the database under its cookie.
        Document page = Jsoup.parse(mvc.perform(get(refused.getResponse().getRedirectedUrl())
                        .cookie(refused.getResponse().getCookie("SESSION"))
                        .with(user(reviewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".alert.error").text())
                .isEqualTo("The comment is too long: it can have at most 4,000 characters.");
        assertThat(page.select("textarea#comment").text()).isEqualTo(comment);
        assertThat(content.findVersion(articleId, "en").orElseThrow().state().name())
                .isEqualTo("IN_REVIEW");
    }

    @Test
    void theEditorFormKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
        Document form = formShownAgain(
                "/admin/articles/" + articleId + "/ru/edit",
                Map.of("title", "", "intro", "Вступление, которое нельзя потерять", "body", "<p>Текст</p>"));
        assertThat(form.select("#title-error").text()).isNotBlank();
        assertThat(form.select("#intro").text()).isEqualTo("Вступление, которое нельзя потерять");
    }

    @Test
    void tooLongFieldsAreMarkedWhereTheyAreOnTheNewArticleAndEditForms() throws Exception {
        Long sectionId = content.findVersion(articleId, "en").orElseThrow().sectionId();
        Document created = formShownAgain(
                "/admin/articles/new",
                Map.of(
                        "sourceLanguage",
                        "en",
                        "sectionId",
                        String.valueOf(sectionId),
                        "title",
                        "A long story",
                        "intro",
                        "i".repeat(4001),
                        "byline",
                        "b".repeat(201),
                        "body",
                        "<p>Text</p>"));
        assertThat(created.select("#intro-error").text()).isEqualTo("This is too long: at most 4,000 characters.");
        assertThat(created.select("#byline-error").text()).isEqualTo("This is too long: at most 200 characters.");
        assertThat(created.select("#byline").attr("aria-invalid")).isEqualTo("true");
        assertThat(created.select("#byline").val()).isEqualTo("b".repeat(201));

        Document edited = formShownAgain(
                "/admin/articles/" + articleId + "/en/edit",
                Map.of("title", title, "intro", "Kept", "byline", "b".repeat(201), "body", "<p>Text</p>"));
        assertThat(edited.select("#byline-error").text()).contains("200");
    }

    @Test
    void theSettingsFormCarriesWhatItShowedSoAStaleOneIsRefused() throws Exception {
        Document shown = page("/admin/articles/" + articleId + "/en", editor);
        String loaded =
                shown.select("#settings-heading ~ form input[name=loaded]").val();
        assertThat(loaded).isNotBlank();
        String sectionId = shown.select("#sectionId option[selected]").val();
        for (String expected : List.of("article.settings.saved", "article.error.settingsChanged")) {
            MvcResult saved = mvc.perform(post("/admin/articles/" + articleId + "/settings")
                            .param("back", "en")
                            .param("loaded", loaded)
                            .param("sectionId", sectionId)
                            .param("dateline", "2025-03-0" + (expected.contains("error") ? "2" : "1") + "T10:00")
                            .with(user(editor))
                            .with(csrf()))
                    .andExpect(status().isFound())
                    .andReturn();
            assertThat(saved.getFlashMap()
                            .getOrDefault("notice", saved.getFlashMap().get("error")))
                    .isEqualTo(expected);
        }
        assertThat(page("/admin/articles/" + articleId + "/en", editor)
                        .select("#dateline")
                        .val())
                .isEqualTo("2025-03-01T10:00");
    }

    @Test
    void everyoneSetsTheAddressTheirNotificationsAreMailedTo() throws Exception {
        Document refused = Jsoup.parse(mvc.perform(post("/admin/profile/email")
                        .param("email", "not an address")
                        .with(user(reviewer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#email-form").prev().text()).isNotBlank();
        mvc.perform(post("/admin/profile/email")
                        .param("email", "reviewer@example.org")
                        .with(user(reviewer))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(accounts.contact(reviewer).orElseThrow().email()).isEqualTo("reviewer@example.org");
    }

    @Test
    void coveragePerLanguageIsShownChartedAndExportedAsCsv() throws Exception {
        Document dashboard = page("/admin/coverage", reviewer);
        assertThat(dashboard.select("#coverage-summary tbody tr").eachAttr("data-lang"))
                .containsExactly("en", "ru");
        assertThat(dashboard.select("#coverage-chart").attr("data-values").split("\\|"))
                .hasSize(2);

        String csv = mvc.perform(get("/admin/coverage.csv").with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).as("marked as UTF-8 for spreadsheet programs").startsWith("\uFEFF");
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("Language,Published,Outdated,In review,Scheduled,Draft,Missing");
        assertThat(dashboard.select("#coverage-chart").attr("data-series"))
                .as("the chart counts every state the table and the file count")
                .isEqualTo("Published|Outdated|In review|Scheduled|Draft|Missing");
        assertThat(dashboard.select("#coverage-chart").attr("data-values").split("\\|"))
                .containsExactly(
                        lines[1].substring(lines[1].indexOf(',') + 1), lines[2].substring(lines[2].indexOf(',') + 1));
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("English,");
        assertThat(lines[2]).startsWith("Russian,");
        long articles = content.articleCount();
        for (String line : java.util.List.of(lines[1], lines[2])) {
            long total = java.util.Arrays.stream(line.split(","))
                    .skip(1)
                    .mapToLong(Long::parseLong)
                    .sum();
            long outdated = Long.parseLong(line.split(",")[2]);
            assertThat(total - outdated)
                    .as("published + in review + scheduled + draft + missing cover every article once: " + line)
                    .isGreaterThanOrEqualTo(articles);
        }
    }

    @Test
    void theReviewerIsToldTheTimeZoneOfAScheduledPublicationByItsCityNotItsIdentifier() throws Exception {
        Document review = page("/admin/articles/" + articleId + "/en", reviewer);

        assertThat(review.select("label[for=publishAt]").text()).isEqualTo("Publish at (optional, Almaty time)");
    }
}
