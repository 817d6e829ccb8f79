package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TilmashTest;
import org.tilmash.workflow.Workflow;

/** What the article's pages tell its author before they act: the open request for changes, leaving review. */
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
