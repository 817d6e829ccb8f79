package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
import org.tilmash.support.Screenshots;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.admin.ArticlePage;
import org.tilmash.support.pages.admin.LoginPage;
import org.tilmash.support.pages.admin.TranslatePage;
import org.tilmash.support.pages.admin.TranslationQueuePage;
import org.tilmash.translation.Translations;
import org.tilmash.workflow.Workflow;

@TilmashTest
class TranslationJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    AccountService accounts;

    @Autowired
    ContentService content;

    @Autowired
    Workflow workflow;

    @Autowired
    Translations translations;

    private String person(String prefix, Map<Role, Set<String>> roles) {
        return fixture.accounts(prefix, roles);
    }

    @Test
    void aKyrgyzTranslatorTranslatesFromRussianThenUpdatesTheParagraphTheEnglishOriginalChanged() {
        String editor = person("editor", Map.of(Role.EDITOR, Set.of()));
        String reviewer = person("reviewer", Map.of(Role.REVIEWER, Set.of("en", "ru", "ky")));
        String translator = person("translator", Map.of(Role.TRANSLATOR, Set.of("ky")));
        String title = "Pasture agreement " + TestAccounts.unique("t");
        ArticleText english =
                new ArticleText(title, "Herders gain access.", "<p>Herders may cross.</p><p>Fees are waived.</p>");
        Long articleId = fixture.article("en")
                .by(editor)
                .reviewedBy(reviewer)
                .published("en", english)
                .create()
                .id();
        SignedIn.run(
                editor,
                () -> translations.save(
                        articleId,
                        "ru",
                        "en",
                        java.util.List.of(
                                "Соглашение о пастбищах",
                                "Пастухи получают доступ.",
                                "Пастухи могут пересекать границу.",
                                "Сборы отменены."),
                        Optional.empty()));
        Long ru = content.findVersion(articleId, "ru").orElseThrow().id();
        SignedIn.run(editor, () -> workflow.submit(ru));
        SignedIn.run(reviewer, () -> workflow.approve(ru, Optional.empty()));

        WebDriver browser = Browser.fresh("en");
        LoginPage.open(browser, "http://localhost:" + port).loginAs(translator, TestAccounts.PASSWORD);
        TranslationQueuePage queue = TranslationQueuePage.open(browser, "http://localhost:" + port);
        assertThat(queue.titles()).contains(title);
        TranslatePage editorPage = queue.translate(title).translateFrom("ru");
        assertThat(editorPage.sourceSegments()).contains("Соглашение о пастбищах", "Сборы отменены.");
        ArticlePage kyrgyz = editorPage
                .segment(0, "Жайыт боюнча келишим")
                .segment(1, "Малчылар мүмкүнчүлүк алышат.")
                .segment(2, "Малчылар чек арадан өтө алышат.")
                .segment(3, "Жыйымдар жокко чыгарылды.")
                .save();
        kyrgyz.submit();
        assertThat(kyrgyz.state()).isEqualTo("In review");
        String path = kyrgyz.path();

        fixture.publish(
                articleId,
                "en",
                new ArticleText(title, english.intro(), "<p>Herders may cross.</p><p>Fees are waived until 2028.</p>"),
                editor,
                reviewer);

        // Another browser than the translator's: browsers are shared per language and fresh() clears the cookies.
        WebDriver reviewerBrowser = Browser.fresh("en-US,en");
        LoginPage.open(reviewerBrowser, "http://localhost:" + port).loginAs(reviewer, TestAccounts.PASSWORD);
        ArticlePage toReview = ArticlePage.open(reviewerBrowser, "http://localhost:" + port, path);
        assertThat(toReview.approveRefused())
                .as("a reviewer cannot update the translation, so is not sent to the translator's editor")
                .isEqualTo("This translation is outdated: its source changed after it was translated. A translator"
                        + " has to update it before it can be approved. To send it back, request changes.");
        assertThat(toReview.state()).isEqualTo("In review");
        assertThat(Screenshots.shoot(reviewerBrowser, "reviewer-outdated-refused", 1280))
                .isEmpty();
        assertThat(Screenshots.shoot(reviewerBrowser, "reviewer-outdated-refused", 360))
                .isEmpty();

        ArticlePage outdated = ArticlePage.open(browser, "http://localhost:" + port, path);
        assertThat(outdated.isOutdated()).isTrue();
        TranslatePage update = outdated.seeChanges();
        assertThat(update.showsSourceChanges()).isTrue();
        assertThat(update.changedSegments()).containsExactly(3);
        assertThat(update.segment(2)).as("unchanged paragraph kept").isEqualTo("Малчылар чек арадан өтө алышат.");
        ArticlePage updated =
                update.segment(3, "Жыйымдар 2028-жылга чейин жокко чыгарылды.").save();
        assertThat(updated.isOutdated()).isFalse();
        updated.submit();
        assertThat(updated.state()).isEqualTo("In review");

        Long ky = content.findVersion(articleId, "ky").orElseThrow().id();
        SignedIn.run(reviewer, () -> workflow.approve(ky, Optional.empty()));
        assertThat(content.version(ky).orElseThrow().published().body()).contains("2028-жылга");
    }
}
