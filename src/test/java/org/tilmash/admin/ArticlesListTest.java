package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleSearch;
import org.tilmash.content.ContentService;
import org.tilmash.content.VersionState;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.workflow.AuditTrail;
import org.tilmash.workflow.Transition;

/** The back office's article list: search, filters, key paging, and bulk actions rehearsed before they run. */
@TilmashTest
class ArticlesListTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixture fixture;

    @Autowired
    ContentService content;

    @Autowired
    ArticleSearch search;

    @Autowired
    AuditTrail audit;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private Document list(String username, String query) throws Exception {
        String html = mvc.perform(get("/admin/articles" + query).with(user(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private static List<String> titles(Document page) {
        return page.select("#articles tbody td:nth-child(2) a").eachText();
    }

    @Test
    void aWordInADraftsBodyFindsItForWhoeverMayReadThatLanguageOnly() throws Exception {
        String word = "glacier" + TestAccounts.unique("w").replaceAll("[^a-z0-9]", "");
        Fixture.Article article = fixture.article("en")
                .published("en", Fixture.text("Mountain report", "Intro", "The ice is thinning."))
                .draft("ru", Fixture.text("Доклад о горах", "Вступление", "Лёд тает, " + word + "."))
                .create();
        String editor = fixture.account("editor", Role.EDITOR);
        String kazakhTranslator = fixture.account("translator", Role.TRANSLATOR, "kk");

        // The list searches the index, which follows the workflow after commit.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(titles(list(editor, "?q=" + word.toUpperCase())))
                        .containsExactly("Mountain report"));
        assertThat(list(editor, "?q=" + word).select("#articles .chip").eachAttr("title"))
                .as("who last changed each version's state, not who translated it")
                .allMatch(title -> title.startsWith("State last changed by "));
        Document translators = list(kazakhTranslator, "?q=" + word);
        assertThat(translators.select("#articles")).isEmpty();
        assertThat(translators.select("#no-articles").text()).isEqualTo("No article matches.");
        assertThat(translators.html()).doesNotContain("Доклад о горах");
        assertThat(article.id()).isPositive();
    }

    @Test
    void filtersNarrowTheListAndTheDateSortCanBeReversed() throws Exception {
        Fixture.Section section = fixture.section("Listed");
        fixture.article("en")
                .in(section)
                .dated(Instant.parse("2021-03-01T08:00:00Z"))
                .published("en", Fixture.text("Spring 2021", "Intro"))
                .create();
        fixture.article("en")
                .in(section)
                .dated(Instant.parse("2022-03-01T08:00:00Z"))
                .published("en", Fixture.text("Spring 2022", "Intro"))
                .create();
        fixture.article("en")
                .in(section)
                .draft("en", Fixture.text("Still a draft", "Intro"))
                .create();
        String editor = fixture.account("editor", Role.EDITOR);
        String inSection = "?section=" + section.id();

        assertThat(titles(list(editor, inSection))).containsExactly("Still a draft", "Spring 2022", "Spring 2021");
        assertThat(titles(list(editor, inSection + "&sort=DATE_ASC")))
                .containsExactly("Spring 2021", "Spring 2022", "Still a draft");
        assertThat(titles(list(editor, inSection + "&state=PUBLISHED&language=en")))
                .containsExactly("Spring 2022", "Spring 2021");
        assertThat(titles(list(editor, inSection + "&from=2022-01-01&to=2022-12-31")))
                .containsExactly("Spring 2022");
        assertThat(list(editor, inSection)
                        .select("#articles tbody tr:first-child .chip")
                        .text())
                .contains("Draft");
    }

    @Test
    void pagesFollowEachOtherByKeyWithoutGapsOrRepeatsAndCostTheSameQueries() throws Exception {
        Fixture.Section section = fixture.section("Paged");
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(fixture.article("en")
                    .in(section)
                    .dated(Instant.parse("2020-01-0" + (i + 1) + "T08:00:00Z"))
                    .published("en", Fixture.text("Paged " + i, "Intro"))
                    .create()
                    .id());
        }
        ArticleSearch.Query query = new ArticleSearch.Query(
                List.of("en"), null, section.id(), null, null, null, null, null, null, ArticleSearch.Sort.DATE_DESC);
        List<Long> seen = new ArrayList<>();
        Optional<ArticleSearch.Cursor> after = Optional.empty();
        do {
            ArticleSearch.Page page = search.search(query, after, 2);
            page.rows().forEach(row -> seen.add(row.article().articleId()));
            after = page.next();
        } while (after.isPresent());
        assertThat(seen).containsExactlyElementsOf(created.reversed());

        String editor = fixture.account("editor", Role.EDITOR);
        // The search index follows every change after commit, on other threads: counting starts once it is done.
        org.tilmash.support.SearchIndexing.awaitQuiet(jdbc);
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        String second = "?section=" + section.id() + "&afterKey=2020-01-03T08:00:00Z&afterId=" + created.get(2);
        list(editor, "?section=" + section.id());
        statistics.clear();
        list(editor, "?section=" + section.id());
        long first = statistics.getPrepareStatementCount();
        statistics.clear();
        list(editor, second);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(first);
    }

    @Test
    void aBulkApprovalIsRehearsedFirstAndThenRunsItemByItemRefusingWhatTheReviewerWrote() throws Exception {
        String reviewer = fixture.accounts("reviewer", Map.of(Role.REVIEWER, Set.of("en"), Role.EDITOR, Set.of()));
        Fixture.Section section = fixture.section("Bulk");
        Fixture.Article first = fixture.article("en")
                .in(section)
                .reviewedBy(reviewer)
                .inReview("en", Fixture.text("Bulk one", "Intro"))
                .create();
        Fixture.Article second = fixture.article("en")
                .in(section)
                .reviewedBy(reviewer)
                .inReview("en", Fixture.text("Bulk two", "Intro"))
                .create();
        Fixture.Article own = fixture.article("en")
                .in(section)
                .by(reviewer)
                .inReview("en", Fixture.text("Bulk own", "Intro"))
                .create();
        List<Fixture.Article> chosen = List.of(first, second, own);

        var rehearsal = post("/admin/articles/bulk")
                .param("language", "en")
                .param("action", "APPROVE")
                .with(user(reviewer))
                .with(csrf());
        chosen.forEach(article -> rehearsal.param("article", article.id().toString()));
        Document summary = Jsoup.parse(mvc.perform(rehearsal)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(summary.select("#bulk-summary").text())
                .isEqualTo("2 will be approved, 1 refused. Nothing has changed yet.");
        assertThat(summary.select(".refusal h2").text())
                .isEqualTo("You wrote this revision, so another reviewer has to approve it.");
        assertThat(summary.select(".refusal li").eachText()).containsExactly("Bulk own");
        assertThat(summary.select("#bulk-run").text()).isEqualTo("Approve and publish 2 articles");
        chosen.forEach(article -> assertThat(state(article)).isEqualTo(VersionState.IN_REVIEW));
        assertThat(audit.ofArticle(first.id()))
                .extracting(entry -> entry.action())
                .doesNotContain(Transition.APPROVED);

        var run = post("/admin/articles/bulk/run")
                .param("language", "en")
                .param("action", "APPROVE")
                .with(user(reviewer))
                .with(csrf());
        summary.select("form[action$=/bulk/run] input[name=article]")
                .forEach(input -> run.param("article", input.val()));
        mvc.perform(run).andExpect(status().isFound());

        assertThat(state(first)).isEqualTo(VersionState.PUBLISHED);
        assertThat(state(second)).isEqualTo(VersionState.PUBLISHED);
        assertThat(state(own)).isEqualTo(VersionState.IN_REVIEW);
        assertThat(audit.ofArticle(first.id()))
                .filteredOn(entry -> entry.action() == Transition.APPROVED)
                .singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(reviewer));
    }

    private VersionState state(Fixture.Article article) {
        return content.findVersion(article.id(), "en").orElseThrow().state();
    }
}
