package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.admin.ArticlePage;
import org.tilmash.support.pages.admin.LoginPage;
import org.tilmash.support.pages.admin.TranslationQueuePage;

@TilmashTest
class XliffJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    AccountService accounts;

    @Autowired
    ContentService content;

    private String person(String prefix, Map<Role, Set<String>> roles) {
        return TestAccounts.create(accounts, prefix, roles);
    }

    @Test
    void aTranslatorExportsAFileTranslatesItInATranslationToolAndImportsTheDraft() throws Exception {
        String editor = person("editor", Map.of(Role.EDITOR, Set.of()));
        String reviewer = person("reviewer", Map.of(Role.REVIEWER, Set.of("en")));
        String translator = person("translator", Map.of(Role.TRANSLATOR, Set.of("tg")));
        String title = "Glacier lake alert " + TestAccounts.unique("x");
        Long articleId = fixture.article("en")
                .by(editor)
                .reviewedBy(reviewer)
                .published(
                        "en",
                        new ArticleText(
                                title, "Sirens were tested.", "<p>The lake rose by <strong>two metres</strong>.</p>"))
                .create()
                .id();

        String base = "http://localhost:" + port;
        WebDriver browser = Browser.fresh("en");
        LoginPage.open(browser, base).loginAs(translator, TestAccounts.PASSWORD);
        TranslationQueuePage queue = TranslationQueuePage.open(browser, base);
        Path exported = queue.downloadXliff("tg", "en", Browser.DOWNLOADS);

        String file = Files.readString(exported, StandardCharsets.UTF_8);
        assertThat(file).contains(title);
        String translated = file.replace(
                        "<source>" + title + "</source>",
                        "<source>" + title + "</source><target>Огоҳии кӯли пиряхӣ</target>")
                .replaceFirst(
                        "(<source>The lake rose by (<pc[^>]*>)two metres</pc>.</source>)",
                        "$1<target>Сатҳи кӯл $2ду метр</pc> баланд шуд.</target>");
        Path edited = Files.writeString(Browser.DOWNLOADS.resolve("tg-translated-" + articleId + ".xlf"), translated);

        queue.upload(edited);
        assertThat(browser.getCurrentUrl()).endsWith("/admin/translations");
        // The queue's file holds other tests' Tajik work too; what matters here is this article's new draft below.
        assertThat(queue.notice())
                .matches(
                        "\\d+ new drafts? written; (no file was|\\d+ files? (was|were)) unchanged\\. Nothing was published\\.");
        ArticlePage draft = ArticlePage.open(browser, base, "/admin/articles/" + articleId + "/tg");
        assertThat(draft.title()).isEqualTo("Огоҳии кӯли пиряхӣ");
        assertThat(draft.state()).isEqualTo("Draft");
        assertThat(content.findVersion(articleId, "tg").orElseThrow().working().body())
                .contains("<strong>ду метр</strong>");
    }

    @Test
    void aFileCutOffOnItsWayIsRefusedInTheTranslatorsLanguageAndChangesNothing() throws Exception {
        String editor = person("editor", Map.of(Role.EDITOR, Set.of()));
        String reviewer = person("reviewer", Map.of(Role.REVIEWER, Set.of("en")));
        String translator = person("translator", Map.of(Role.TRANSLATOR, Set.of("kk")));
        Long articleId = fixture.article("en")
                .by(editor)
                .reviewedBy(reviewer)
                .published("en", Fixture.text("Mudflow drill " + TestAccounts.unique("x"), "Schools took part."))
                .create()
                .id();

        String base = "http://localhost:" + port;
        WebDriver browser = Browser.fresh("ru");
        LoginPage.open(browser, base).loginAs(translator, TestAccounts.PASSWORD);
        TranslationQueuePage queue = TranslationQueuePage.open(browser, base);
        Files.deleteIfExists(Browser.DOWNLOADS.resolve("queue-en-kk.xlf"));
        String file = Files.readString(queue.downloadXliff("kk", "en", Browser.DOWNLOADS), StandardCharsets.UTF_8);
        Path cutOff = Files.writeString(
                Browser.DOWNLOADS.resolve("kk-cut-off-" + articleId + ".xlf"), file.substring(0, file.length() / 2));

        queue.upload(cutOff);
        assertThat(queue.refusal())
                .isEqualTo("Файл обрывается раньше, чем заканчивается XML-документ: вероятно, он был обрезан при"
                        + " сохранении или загрузке. Сохраните его ещё раз в программе для перевода или экспортируйте"
                        + " заново.");
        assertThat(content.findVersion(articleId, "kk"))
                .as("nothing was written")
                .isEmpty();
        assertThat(Screenshots.shoot(browser, "xliff-import-refused", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "xliff-import-refused", 360)).isEmpty();
    }
}
