package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tilmash.accounts.Role;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
import org.tilmash.support.Screenshots;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.pages.HomePage;
import org.tilmash.support.pages.NewsListPage;
import org.tilmash.support.pages.admin.ArticlePage;
import org.tilmash.support.pages.admin.DashboardPage;
import org.tilmash.support.pages.admin.LoginPage;

/**
 * An editor writes, a reviewer approves and a reader reads, all inside the host application of
 * {@link TilmashInThePortalTest} (context path {@code /portal}, Tilmash under {@code /news}, {@code /news-admin}).
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "portal"})
class TilmashInThePortalJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    private String origin() {
        return "http://localhost:" + port;
    }

    private DashboardPage signIn(WebDriver browser, String username) {
        browser.manage().deleteAllCookies();
        return LoginPage.open(browser, origin(), "/portal/news-login").loginAs(username, TestAccounts.PASSWORD);
    }

    @Test
    void anEditorsArticleIsApprovedAndReadInsideTheHost() {
        String editor = fixture.accounts("portal-editor", Map.of(Role.EDITOR, Set.of()));
        String reviewer = fixture.accounts("portal-reviewer", Map.of(Role.REVIEWER, Set.of("en")));
        String headline = "Portal summit " + TestAccounts.unique("x");
        WebDriver browser = Browser.fresh("en");

        DashboardPage dashboard = signIn(browser, editor);
        assertThat(browser.getCurrentUrl()).contains("/portal/news-admin");
        assertThat(Screenshots.shoot(browser, "portal-dashboard", 360)).isEmpty();
        ArticlePage draft = dashboard
                .newArticle()
                .create("en", 1, headline, "Members meet in spring.", "The summit gathers every member.");
        String path = draft.path();
        assertThat(path).startsWith("/portal/news-admin/articles/");
        draft.setFields("eventDate", "2027-04-20", "memberState", "Tajikistan");
        assertThat(Screenshots.shoot(browser, "portal-article-fields", 1280)).isEmpty();
        draft.submit();
        assertThat(draft.state()).isEqualTo("In review");

        signIn(browser, reviewer);
        ArticlePage review = ArticlePage.open(browser, origin(), path);
        review.approve();
        assertThat(review.state()).isEqualTo("Published");

        browser.manage().deleteAllCookies();
        HomePage home = HomePage.open(browser, origin() + "/portal/news", "en");
        assertThat(Screenshots.shoot(browser, "portal-home", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "portal-home", 360)).isEmpty();
        NewsListPage news = home.allNews();
        assertThat(browser.getCurrentUrl()).endsWith("/portal/news/en/news");
        var article = news.more(news.headlines().indexOf(headline));
        assertThat(article.bodyText()).contains("The summit gathers every member.");
        assertThat(article.fields())
                .as("the portal's own fields, written for English readers")
                .containsEntry("Member state", "Tajikistan")
                .containsKey("Event date");
        assertThat(article.fields().get("Event date")).contains("April").contains("2027");
        assertThat(Screenshots.shoot(browser, "portal-article", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "portal-article", 360)).isEmpty();
        assertThat(browser.getCurrentUrl()).contains("/portal/news/en/news/");
    }
}
