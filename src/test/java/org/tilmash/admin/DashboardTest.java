package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.workflow.Workflow;

/**
 * The dashboard answers "what should I do now" for each kind of user, and an article's publishing sidebar says when
 * and with what it goes live.
 */
@TilmashTest
class DashboardTest {

    @Autowired
    Fixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    Workflow workflow;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    AccountService accounts;

    private Document page(String path, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(username)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void aReviewerFindsWhatWaitsForThemAtTheTopAndTheNoticeUnread() throws Exception {
        String reviewer = fixture.account("reviewer", Role.REVIEWER, "en");
        String title = "Caspian ferry resumes " + TestAccounts.unique("d");
        Fixture.Article article = fixture.article("en")
                .reviewedBy(reviewer)
                .inReview("en", Fixture.text(title, "Boats sail again."))
                .create();

        Document dashboard = page("/admin", reviewer);
        assertThat(dashboard.select(".panels > section").first().id()).isEqualTo("needs-action");
        assertThat(dashboard
                        .select("#needs-action li[data-article=" + article.id() + "] > a")
                        .text())
                .isEqualTo(title);
        assertThat(dashboard
                        .select("#needs-action li[data-article=" + article.id() + "] .chip")
                        .text())
                .contains("In review");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(page("/admin", reviewer)
                                .select("#unread .inbox a")
                                .eachText())
                        .anySatisfy(notice -> assertThat(notice).contains(title)));
    }

    @Test
    void aTranslatorIsShownTheWorkOfTheirQueueNotToldThatNothingWaits() throws Exception {
        String translator = fixture.account("translator", Role.TRANSLATOR, "kk");
        String fair = "Steppe fair opens " + TestAccounts.unique("q");
        String bridge = "Ili bridge repaired " + TestAccounts.unique("q");
        fixture.article("en")
                .published("en", Fixture.text(fair, "Traders arrive."))
                .create();
        fixture.article("en")
                .published("en", Fixture.text(bridge, "Lorries cross again."))
                .create();

        Elements queue = page("/admin/translations", translator).select("#queue tbody td:first-child a");
        assertThat(queue.eachText()).contains(fair, bridge);
        List<String> queued = queue.eachAttr("href");

        Document dashboard = page("/admin", translator);
        assertThat(dashboard.select("#needs-action").text()).doesNotContain("Nothing is waiting for you");
        assertThat(dashboard.select("#translation-queue-count").text())
                .isEqualTo(queued.size() + " translations are waiting in your languages");
        assertThat(dashboard.select("#translation-queue-items a").eachAttr("href"))
                .as("the longest waiting, as the queue lists them")
                .isEqualTo(queued.subList(0, Math.min(DashboardController.QUEUE_SHOWN, queued.size())));
        assertThat(dashboard.select("#translation-queue-open").attr("href")).isEqualTo("/admin/translations");
        assertThat(dashboard.select("#my-work .empty").text())
                .as("their own open versions, not all the work there is")
                .isEqualTo("You have no versions in progress: no draft, nothing in review, nothing scheduled.");
    }

    @Test
    void myWorkListsOnlyMyOpenVersionsTenToAPage() throws Exception {
        String editor = fixture.account("writer", Role.EDITOR);
        List<String> drafts = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String title = "Draft number " + i + " " + TestAccounts.unique("w");
            drafts.add(title);
            fixture.article("en")
                    .by(editor)
                    .draft("en", Fixture.text(title, "Intro."))
                    .create();
        }
        String published = "Already out " + TestAccounts.unique("w");
        fixture.article("en")
                .by(editor)
                .published("en", Fixture.text(published, "Intro."))
                .create();
        String someoneElses = "Not mine " + TestAccounts.unique("w");
        fixture.article("en").draft("en", Fixture.text(someoneElses, "Intro.")).create();

        Document first = page("/admin", editor);
        Document second = page("/admin?work=2", editor);
        List<String> listed = new ArrayList<>(first.select("#work tbody tr a").eachText());
        assertThat(listed).hasSize(10);
        listed.addAll(second.select("#work tbody tr a").eachText());
        assertThat(listed).containsExactlyInAnyOrderElementsOf(drafts);
        assertThat(first.select("#work-next").attr("href")).isEqualTo("/admin?work=2");
        assertThat(second.select("#work-previous").attr("href")).isEqualTo("/admin?work=1");
        assertThat(second.select("#work-next")).isEmpty();
    }

    @Test
    void anAdministratorSeesAccountsTheSecurityLogAndTheAuditNotEditorialWidgets() throws Exception {
        String admin = fixture.account("chief", Role.ADMIN);
        String title = "Audit me " + TestAccounts.unique("a");
        fixture.article("en").published("en", Fixture.text(title, "Intro.")).create();

        accounts.invite(TestAccounts.unique("invited"), "Invited Correspondent", Map.of(Role.EDITOR, Set.of()), admin);

        Document dashboard = page("/admin", admin);
        assertThat(dashboard.select("#needs-action, #my-work, #coverage")).isEmpty();
        long enabled = jdbc.queryForObject("select count(*) from tilmash_user_account where enabled", Long.class);
        assertThat(dashboard.select("#account-counts").text()).startsWith(enabled + " active account");
        assertThat(dashboard.select("#security-panel .events li").eachText())
                .anySatisfy(event -> assertThat(event).contains("Invited Correspondent"));
        Element published = dashboard.select("#audit-panel .events a").stream()
                .filter(link -> link.text().equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(mvc.perform(get(published.attr("href")).with(user(admin)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(dashboard.select(".admin-nav .nav-group-label").eachText()).containsExactly("People", "System");
    }

    @Test
    void theNavigationIsGroupedAndMarksTheCurrentPage() throws Exception {
        String editor = fixture.account("navigator", Role.EDITOR);
        Document coverage = page("/admin/coverage", editor);
        assertThat(coverage.select(".admin-nav .nav-group-label").eachText())
                .containsExactly("Content", "Translation", "Media");
        assertThat(coverage.select(".admin-nav [aria-current=page]").text()).isEqualTo("Coverage");
        assertThat(coverage.select("#nav-group-translation + ul #nav-coverage")).hasSize(1);
        assertThat(coverage.select("#coverage-summary")).hasSize(1);
    }

    @Test
    void theSidebarTellsWhenAVersionGoesLiveAndWithWhichRelease() throws Exception {
        String reviewer = fixture.account("scheduler", Role.REVIEWER, "en", "ru");
        Fixture.Article article = fixture.article("en")
                .reviewedBy(reviewer)
                .inReview("en", Fixture.text("Scheduled story " + TestAccounts.unique("s"), "Later."))
                .inReview("ru", Fixture.text("Запланированный материал", "Позже."))
                .create();
        SignedIn.run(
                article.editor(), () -> workflow.createRelease(article.id(), List.of("en", "ru"), Optional.empty()));
        SignedIn.run(
                reviewer,
                () -> workflow.approve(
                        article.version("en"), Optional.of(clock.instant().plus(Duration.ofDays(2)))));

        Document page = page("/admin/articles/" + article.id() + "/en", article.editor());
        assertThat(page.select("aside.publishing #state").text()).isEqualTo("Scheduled");
        assertThat(page.select("#scheduled-at").text()).startsWith("Approved; goes live on ");
        assertThat(page.select("#release-member").text())
                .isEqualTo("Goes live together with its release: English, Russian");
        assertThat(page.select("aside.publishing .versions li").eachText())
                .containsExactly("English Scheduled", "Russian In review");
    }
}
