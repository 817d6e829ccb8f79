package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.search.ReaderSearch;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
import org.tilmash.support.Screenshots;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.ArticlePage;
import org.tilmash.support.pages.HomePage;
import org.tilmash.support.pages.SearchPage;

/** A Kazakh reader searches from the header in Latin letters, narrows by year and opens what they found. */
@TilmashTest
class SearchJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    ReaderSearch search;

    @Autowired
    LanguageRegistry languages;

    @Test
    void aReaderSearchesInLatinLettersFindsCyrillicTextNarrowsByYearAndOpensTheArticle() {
        String token = "zqx" + Long.toString(System.nanoTime(), 36);
        Fixture.Section section = fixture.section("Journey " + token);
        Long meeting = fixture.article("ru")
                .in(section)
                .dated(Instant.parse("2022-09-01T06:00:00Z"))
                .published("ru", Fixture.text("Собрание в ауле " + token, "Вступление"))
                .published(
                        "kk",
                        Fixture.text(
                                "Ауылдағы жиналыс " + token,
                                "Жиналыста жайылым мен су мәселелері талқыланды.",
                                "Ауыл тұрғындары жиналысқа көптеп келді. Келесі жиналыс қыркүйекте өтеді."))
                .create()
                .id();
        fixture.article("ru")
                .in(section)
                .dated(Instant.parse("2020-03-01T06:00:00Z"))
                .published("ru", Fixture.text("Жиналыс в старом клубе " + token, "Собрание жителей."))
                .create();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> search.search(languages.find("kk").orElseThrow(), true, token, null, null, 1)
                                .total()
                        == 2);

        WebDriver browser = Browser.fresh("kk");
        HomePage home = HomePage.open(browser, "http://localhost:" + port, "kk");
        SearchPage results = SearchPage.searchFrom(home, "jinalys " + token);
        assertThat(results.path()).isEqualTo("/kk/search");
        assertThat(results.htmlLang()).isEqualTo("kk");
        assertThat(results.titles())
                .containsExactlyInAnyOrder("Ауылдағы жиналыс " + token, "Жиналыс в старом клубе " + token);
        assertThat(results.fallbackBadges()).hasSize(1);
        assertThat(results.highlighted()).isNotEmpty();
        assertThat(Screenshots.shoot(browser, "search-results", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "search-results", 360)).isEmpty();

        SearchPage narrowed = results.filterByYear("2022");
        assertThat(narrowed.titles()).containsExactly("Ауылдағы жиналыс " + token);
        ArticlePage article = narrowed.open(0);
        assertThat(article.path()).startsWith("/kk/news/" + meeting + "-");
        assertThat(article.articleTitle()).isEqualTo("Ауылдағы жиналыс " + token);

        SearchPage empty = SearchPage.searchFrom(article, "   ");
        assertThat(empty.help()).isEqualTo("Жаңалықтарды табу үшін бір-екі сөз жазыңыз.");
        assertThat(Screenshots.shoot(browser, "search-empty", 1280)).isEmpty();
        assertThat(Screenshots.shoot(browser, "search-empty", 360)).isEmpty();

        SearchPage unbroken = SearchPage.searchFrom(empty, "Ц".repeat(190));
        assertThat(unbroken.titles()).isEmpty();
        assertThat(Screenshots.shoot(browser, "search-unbroken-query", 360))
                .as("a long query repeated in the heading wraps")
                .isEmpty();
    }
}
