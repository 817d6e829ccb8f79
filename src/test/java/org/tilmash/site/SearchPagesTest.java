package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.support.Fixture;
import org.tilmash.support.TilmashTest;

/** The readers' search page: results, snippets, filters, pages, and what an empty or absurd query gets. */
@TilmashTest
class SearchPagesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixture fixture;

    private MockHttpServletResponse response(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    private Document page(String url) throws Exception {
        MockHttpServletResponse response = response(url);
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static List<String> titles(Document page) {
        return page.select(".search-result h2").eachText();
    }

    private static String token() {
        return "zqx" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aKazakhReaderFindsInflectedWordsWithTheWordsMarkedAndFallbacksMarkedAsSuch() throws Exception {
        String token = token();
        Fixture.Section section = fixture.section("Search " + token);
        Long own = fixture.article("ru")
                .in(section)
                .dated(Instant.parse("2021-05-04T06:00:00Z"))
                .published("ru", Fixture.text("Совещание " + token, "Вступление"))
                .published(
                        "kk",
                        Fixture.text("Аудандағы жиналыс " + token, "Кіріспе", "Жиналыста су мәселесі талқыланды."))
                .create()
                .id();
        Long fallback = fixture.article("ru")
                .in(section)
                .dated(Instant.parse("2019-05-04T06:00:00Z"))
                .published("ru", Fixture.text("Собрание жильцов " + token, "Вступление", "Жильцы обсудили воду."))
                .create()
                .id();
        await().atMost(WAIT).until(() -> titles(page("/kk/search?q=" + token)).size() == 2);

        Document kazakh = Jsoup.parse(mvc.perform(get("/kk/search").param("q", "жиналыстар " + token))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(titles(kazakh)).containsExactly("Аудандағы жиналыс " + token);
        assertThat(kazakh.select(".search-result .snippet mark").eachText()).isNotEmpty();
        assertThat(kazakh.select(".search-result a").attr("href")).startsWith("/kk/news/" + own + "-");

        Document both = page("/kk/search?q=" + token);
        assertThat(both.select(".search-count").text()).isEqualTo("2 нәтиже табылды");
        assertThat(both.select(".search-result .badge").eachText()).containsExactly("Орыс тілінде");
        assertThat(both.select(".search-result h2[lang=ru]").text()).isEqualTo("Собрание жильцов " + token);
        assertThat(both.select(".search-result h2[lang=ru] a").attr("href")).startsWith("/kk/news/" + fallback + "-");

        assertThat(titles(page("/kk/search?q=" + token + "&year=2019"))).containsExactly("Собрание жильцов " + token);
        assertThat(titles(page("/kk/search?q=" + token + "&section=" + section.id())))
                .hasSize(2);
        assertThat(titles(page("/kk/search?q=" + token + "&section=" + (section.id() + 100000))))
                .isEmpty();
    }

    @Test
    void resultsComeTenToAPageMostRelevantFirstThenNewestAndPagesPastTheLastAreNotFound() throws Exception {
        String token = token();
        for (int i = 0; i < 12; i++) {
            fixture.article("en")
                    .dated(Instant.parse("2020-01-01T08:00:00Z").plus(Duration.ofDays(i)))
                    .published("en", Fixture.text("Harvest report " + i, "Intro " + token))
                    .create();
        }
        fixture.article("en")
                .dated(Instant.parse("2018-01-01T08:00:00Z"))
                .published("en", Fixture.text("Harvest " + token, "Intro " + token, token + " " + token))
                .create();
        await().atMost(WAIT)
                .until(() -> page("/en/search?q=" + token)
                        .select(".search-count")
                        .text()
                        .equals("13 results"));
        Document first = page("/en/search?q=" + token);
        assertThat(titles(first)).hasSize(10);
        assertThat(titles(first).getFirst()).isEqualTo("Harvest " + token);
        assertThat(titles(first).get(1)).isEqualTo("Harvest report 11");
        String next = first.select(".pagination a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/en/search?q=" + token + "&page=2");
        Document second = page(next);
        assertThat(titles(second)).containsExactly("Harvest report 2", "Harvest report 1", "Harvest report 0");
        assertThat(second.select(".pagination .position").text()).isEqualTo("Page 2 of 2");

        assertThat(response("/en/search?q=" + token + "&page=3").getStatus()).isEqualTo(404);
        assertThat(response("/en/search?q=" + token + "&page=1001").getStatus()).isEqualTo(404);
        assertThat(response("/en/search?q=" + token + "&year=2018&page=2").getStatus())
                .isEqualTo(404);
    }

    @Test
    void aRepeatedQueryCountsOnceAndControlCharactersAreLeftOut() throws Exception {
        String token = token();
        String encoded = "/en/search?q=" + token + "%00%07&q=other";
        assertThat(Jsoup.parse(mvc.perform(get(URI.create(encoded)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("h1")
                        .text())
                .isEqualTo("Search: " + token);
        assertThat(page("/en/search?q=" + token + "&q=other")
                        .select("#site-search-q")
                        .val())
                .isEqualTo(token);
    }

    @Test
    void nothingFoundQuotesTheQueryAsEachLanguageQuotes() throws Exception {
        assertThat(page("/en/search?q=" + token()).select(".search-none").text())
                .startsWith("Nothing was found for “zqx");
        assertThat(page("/ru/search?q=" + token()).select(".search-none").text())
                .contains("«zqx");
    }

    @Test
    void theLanguageSwitcherLeadsToTheSameSearchInTheOtherLanguage() throws Exception {
        Document page = page("/ru/search?q=" + "вода" + "&year=2026");
        String href = page.select(".switcher a[hreflang=kk]").attr("href");
        assertThat(href).startsWith("/language/kk?to=");
        assertThat(URLDecoder.decode(href.substring(href.indexOf("to=") + 3), StandardCharsets.UTF_8))
                .isEqualTo("/kk/search?q=%D0%B2%D0%BE%D0%B4%D0%B0&year=2026");
        assertThat(page.select(".switcher a[aria-current=page]").attr("hreflang"))
                .isEqualTo("ru");
        assertThat(page.select("link[rel=alternate][hreflang]")).isEmpty();
    }

    @Test
    void anEmptyQueryGetsAFriendlyPageAndNothingIsStored() throws Exception {
        MockHttpServletResponse response = response("/en/search");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Search");
        assertThat(page.select(".search-help").text()).isEqualTo("Type a word or two to search the news.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "?q=%21%21%21",
                "?q=%22%22%22%22",
                "?q=*",
                "?q=title:(",
                "?q=a~~~^^^",
                "?q=%3Cscript%3Ealert(1)%3C/script%3E",
                "?q=x&page=-4",
                "?q=x&page=99999999999999",
                "?q=x&year=abc&section=%25",
                "?q=%E2%80%8B%E2%80%8B"
            })
    void absurdQueriesGetAPageNeverAnError(String query) throws Exception {
        Document page = page("/ru/search" + query);
        assertThat(page.select("h1").text()).startsWith("Поиск");
        assertThat(page.select("script:containsData(alert)")).isEmpty();
    }

    @Test
    void aVeryLongQueryIsCutNotRefused() throws Exception {
        Document page = page("/en/search?q=" + "word ".repeat(2000));
        assertThat(page.select(".search-count")).hasSize(1);
        assertThat(page.select("h1").text()).startsWith("Search: word word");
    }

    @Test
    void everyPageHasTheSearchBoxAndBrowsersCanAddTheSearch() throws Exception {
        Document home = page("/uz/");
        assertThat(home.select("form[role=search]").attr("action")).isEqualTo("/uz/search");
        assertThat(home.select("form[role=search] input[name=q]")).hasSize(1);
        assertThat(home.select("link[rel=search]").attr("href")).isEqualTo("/uz/opensearch.xml");

        MockHttpServletResponse description = response("/opensearch.xml");
        assertThat(description.getStatus()).isEqualTo(200);
        assertThat(description.getContentType()).startsWith("application/opensearchdescription+xml");
        Document xml = Jsoup.parse(description.getContentAsString(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(xml.select("Url[type=text/html]").attr("template"))
                .isEqualTo("http://localhost/en/search?q={searchTerms}");
        assertThat(xml.select("ShortName").text()).isEqualTo("Tilmash");
        assertThat(xml.select("Description").text())
                .as("each language's search finds that language's news")
                .isEqualTo("Search the news published in this language");
    }
}
