package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tilmash.accounts.Role;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TilmashTest;
import org.tilmash.workflow.Workflow;

/**
 * What the article's pages tell people before and after they act: the open request for changes, leaving review, and
 * why an outdated translation may not be approved, in terms of what the person refused may do about it.
 */
@TilmashTest
class ArticlePageNoticesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixture fixture;

    @Autowired
    Workflow workflow;

    private Document page(String username, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(username)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theAuthorSeesTheReviewersRequestOnTopUntilTheDraftIsSubmittedAgain() throws Exception {
        Fixture.Article article = fixture.article("en")
                .inReview("en", Fixture.text("Request shown", "Intro"))
                .create();
        Long version = article.version("en");
        String path = "/admin/articles/" + article.id() + "/en";
        SignedIn.run(article.reviewer(), () -> workflow.requestChanges(version, "Name the source of the figures."));

        Document asked = page(article.editor(), path);
        assertThat(asked.select("#changes-requested blockquote").text()).isEqualTo("Name the source of the figures.");
        assertThat(asked.select("#changes-requested p").text())
                .as("named by their display name")
                .startsWith("reviewer asked for changes");

        SignedIn.run(article.editor(), () -> workflow.submit(version));
        assertThat(page(article.editor(), path).select("#changes-requested")).isEmpty();
    }

    /** Posts the version's approval as {@code username} and opens the page it leads back to, with its message. */
    private Document approvalRefused(String username, String path) throws Exception {
        MvcResult refused = mvc.perform(
                        post(path + "/approve").with(user(username)).with(csrf()))
                .andExpect(redirectedUrl(path))
                .andReturn();
        return Jsoup.parse(mvc.perform(get(path)
                        .with(user(username))
                        // The flash message travels in the session, in the database: the next request carries its
                        // cookie.
                        .cookie(refused.getResponse().getCookie("SESSION")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void aReviewerRefusedOnAnOutdatedTranslationIsToldATranslatorMustUpdateItNotToOpenTheEditor() throws Exception {
        Fixture.Article article = fixture.article("en")
                .published("en", Fixture.text("Dam agreement signed", "Four countries agree."))
                .inReview("ru", Fixture.text("Подписано соглашение о плотине", "Четыре страны договорились."))
                .create();
        fixture.publish(
                article.id(),
                "en",
                Fixture.text("Dam agreement signed by five", "Five countries agree."),
                article.editor(),
                article.reviewer());
        String path = "/admin/articles/" + article.id() + "/ru";
        String translatorWhoReviews =
                fixture.accounts("both", Map.of(Role.TRANSLATOR, Set.of("ru"), Role.REVIEWER, Set.of("ru")));

        assertThat(approvalRefused(article.reviewer(), path)
                        .select("p.alert.error")
                        .text())
                .isEqualTo("This translation is outdated: its source changed after it was translated. A translator"
                        + " has to update it before it can be approved. To send it back, request changes.");
        assertThat(approvalRefused(translatorWhoReviews, path)
                        .select("p.alert.error")
                        .text())
                .as("someone who may edit the translation can update it themselves")
                .startsWith("The source of this translation has changed. Open the side-by-side editor");
        assertThat(page(article.reviewer(), path).select("#state").text()).isEqualTo("In review");
        assertThat(page(article.reviewer(), path).select(".alert.outdated").text())
                .as("the warning before approving, too, says who can act on it")
                .isEqualTo("The source was changed after this translation was made. A translator has to update it"
                        + " before it can be approved.");
        assertThat(page(translatorWhoReviews, path).select(".alert.outdated p").text())
                .startsWith("The source was changed after this translation was made. Check what changed");
    }

    @Test
    void aReleaseOfSeveralLanguagesIsOfferedOnlyWhenTheArticleHasSeveral() throws Exception {
        Fixture.Article alone = fixture.article("ru")
                .draft("ru", Fixture.text("Только по-русски", "Вступление"))
                .create();
        Fixture.Article pair = fixture.article("ru")
                .draft("ru", Fixture.text("На двух языках", "Вступление"))
                .draft("kk", Fixture.text("Екі тілде", "Кіріспе"))
                .create();
        String editor = fixture.account("releaser", Role.EDITOR);

        assertThat(page(editor, "/admin/articles/" + alone.id() + "/ru").select("#create-release"))
                .as("a release needs two languages: never offered when it could only be refused")
                .isEmpty();
        assertThat(page(editor, "/admin/articles/" + pair.id() + "/ru").select("#create-release"))
                .hasSize(1);
    }

    @Test
    void editingAVersionInReviewWarnsThatSavingTakesItOutOfReview() throws Exception {
        Fixture.Article inReview = fixture.article("en")
                .inReview("en", Fixture.text("Under review", "Intro"))
                .create();
        Fixture.Article draft = fixture.article("en")
                .draft("en", Fixture.text("Still drafting", "Intro"))
                .create();

        assertThat(page(inReview.editor(), "/admin/articles/" + inReview.id() + "/en/edit")
                        .select("#leaves-review")
                        .text())
                .isEqualTo("This version is in review. Saving a change takes it back to draft, and it has to be"
                        + " submitted again.");
        assertThat(page(draft.editor(), "/admin/articles/" + draft.id() + "/en/edit")
                        .select("#leaves-review"))
                .isEmpty();
    }
}
