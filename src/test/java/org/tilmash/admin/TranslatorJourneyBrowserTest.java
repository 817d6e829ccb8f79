package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
import org.tilmash.support.Screenshots;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.admin.ArticlePage;
import org.tilmash.support.pages.admin.DashboardPage;
import org.tilmash.support.pages.admin.ErrorPage;
import org.tilmash.support.pages.admin.LoginPage;
import org.tilmash.support.pages.admin.ProfilePage;
import org.tilmash.support.pages.admin.TranslationQueuePage;
import org.tilmash.support.pages.admin.UserFormPage;

/**
 * An administrator takes on a Kazakh translator; the translator works in Kazakh, only on Kazakh versions, finds the
 * translation queue's work on the dashboard, is refused a Russian edit URL typed by hand, and loses access with the
 * very next click once the administrator takes Kazakh away (giving Kyrgyz instead: a translator keeps a language).
 */
@TilmashTest
class TranslatorJourneyBrowserTest {

    private static final Locale KAZAKH = Locale.forLanguageTag("kk");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    MessageSource messages;

    @Autowired
    Fixture fixture;

    private String kazakh(String key) {
        return messages.getMessage(key, null, KAZAKH);
    }

    @Test
    void aTranslatorForKazakhSeesOnlyKazakhWorkAndLosesItWhenTheScopeIsRemoved() {
        String base = "http://localhost:" + port;
        String admin = TestAccounts.unique("chief");
        accounts.create(admin, TestAccounts.PASSWORD, "Chief", Map.of(Role.ADMIN, Set.of()));
        WebDriver adminBrowser = Browser.fresh("en-US,en");
        WebDriver translatorBrowser = Browser.fresh("ru-RU,ru");

        String translator = TestAccounts.unique("aigerim");
        UserFormPage account = LoginPage.open(adminBrowser, base)
                .loginAs(admin, TestAccounts.PASSWORD)
                .users()
                .newUser()
                .create(translator, "Айгерім", "TRANSLATOR", "kk");
        String oneTimePassword = account.oneTimePassword();
        Fixture.Article story = fixture.article("en")
                .published("en", Fixture.text("Steppe railway opens", "Trains run."))
                .create();
        fixture.saveDraft(story.id(), "kk", Fixture.text("Дала темір жолы ашылды", "Пойыздар жүреді."), translator);

        ProfilePage profile =
                LoginPage.open(translatorBrowser, base).loginWithOneTimePassword(translator, oneTimePassword);
        assertThat(profile.htmlLang())
                .as("before choosing, the browser's language")
                .isEqualTo("ru");
        profile = profile.changePassword(oneTimePassword, "kazakh-translator-password")
                .chooseLanguage("kk");
        assertThat(profile.htmlLang()).isEqualTo("kk");
        assertThat(profile.heading()).isEqualTo(kazakh("profile.title"));

        DashboardPage dashboard = profile.dashboard();
        assertThat(dashboard.workHeading()).isEqualTo(kazakh("account.work.title"));
        assertThat(dashboard.workLanguages()).isNotEmpty().containsOnly("kk");

        String kazakhVersion = dashboard.firstWorkPath();
        assertThat(dashboard.waitingText())
                .as("the queue has work, so the dashboard may not say nothing waits")
                .doesNotContain(kazakh("dashboard.needsAction.none"));
        String waiting = dashboard.translationQueueSummary();
        List<String> firstWaiting = dashboard.translationQueuePaths();
        assertThat(Screenshots.shoot(translatorBrowser, "translator-dashboard", 1280))
                .isEmpty();
        assertThat(Screenshots.shoot(translatorBrowser, "translator-dashboard", 360))
                .isEmpty();
        TranslationQueuePage queue = dashboard.translationQueue();
        List<String> queued = queue.paths();
        assertThat(waiting)
                .isEqualTo(messages.getMessage(
                        "dashboard.translationQueue", new Object[] {Map.of("count", queued.size())}, KAZAKH));
        assertThat(queued).startsWith(firstWaiting.toArray(String[]::new));
        assertThat(queue.titles()).contains("Дала темір жолы ашылды");

        String russianEdit = kazakhVersion.replaceFirst("/kk$", "/ru/edit");
        ErrorPage refused = ErrorPage.openRefused(translatorBrowser, base, russianEdit);
        assertThat(refused.htmlLang()).isEqualTo("kk");
        assertThat(refused.heading()).isEqualTo(kazakh("error.title.403"));
        assertThat(refused.explanation()).isEqualTo(kazakh("error.text.403"));

        ArticlePage article = DashboardPage.open(translatorBrowser, base).openFirstWork();
        account.replaceTranslatorLanguage("kk", "ky");

        ErrorPage nextClick = article.editRefused();
        assertThat(nextClick.heading()).isEqualTo(kazakh("error.title.403"));
    }
}
