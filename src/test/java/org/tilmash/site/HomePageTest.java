package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.content.ContentService;
import org.tilmash.support.Fixture;
import org.tilmash.support.TilmashTest;

@TilmashTest
class HomePageTest {

    /** Russian month names in the genitive, as a date reads in Russian: written here, not taken from ICU. */
    private static final List<String> RUSSIAN_MONTHS = List.of(
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixture fixture;

    @Autowired
    ContentService content;

    private Document page(String url) throws Exception {
        String html = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(view().name(NewsController.HOME_VIEW))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void theRussianHomePageListsTheNewestRussianNewsWithARussianDate() throws Exception {
        var article = fixture.article("ru")
                .published("ru", Fixture.text("Саммит по водным ресурсам открылся", "Министры собрались."))
                .create();
        ZonedDateTime published = content.version(article.version("ru"))
                .orElseThrow()
                .publishedAt()
                .atZone(ZoneId.of("Asia/Almaty"));

        Document home = page("/ru/");

        assertThat(home.select("html").attr("lang")).isEqualTo("ru");
        Element teaser = home.select("main .teaser")
                .select(":has(h2:contains(Саммит по водным ресурсам открылся))")
                .first();
        assertThat(teaser).as("the new article is on the home page").isNotNull();
        assertThat(teaser.select("time").text())
                .isEqualTo(published.getDayOfMonth() + " " + RUSSIAN_MONTHS.get(published.getMonthValue() - 1) + " "
                        + published.getYear() + "\u202fг.");
        assertThat(home.select("link[hreflang=kk]")).isNotEmpty();
        assertThat(home.select(".switcher").text()).contains("Қазақша");
    }

    @Test
    void theHomePageListsSectionsWithTheirCounts() throws Exception {
        var section = fixture.section("Water and energy");
        fixture.article("en")
                .in(section)
                .published("en", Fixture.text("Dam agreement", "Signed."))
                .create();
        fixture.article("en")
                .in(section)
                .published("en", Fixture.text("Grid link", "Opened."))
                .create();
        fixture.article("en")
                .in(section)
                .draft("en", Fixture.text("Unfinished", "Not yet."))
                .create();

        Document home = page("/en/");

        assertThat(home.select("aside.sections a").eachText()).contains("Water and energy (2)");
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/en/"))
                .andExpect(
                        header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
