package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.support.TilmashTest;

/**
 * The reader's language choice is remembered only when they use the switcher, on its own private redirect; the pages
 * themselves never set a cookie, so a CDN may keep them.
 */
@TilmashTest
class LanguageSwitchTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theSwitcherLeadsThroughARedirectThatRemembersTheChoice() throws Exception {
        String html = mvc.perform(get("/en/news"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        String href = page.select(".switcher a[hreflang=kk]").attr("href");
        assertThat(href).startsWith("/language/kk?to=");
        assertThat(URLDecoder.decode(href.substring(href.indexOf("to=") + 3), StandardCharsets.UTF_8))
                .isEqualTo("/kk/news");

        mvc.perform(get(URI.create(href)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/kk/news"))
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.startsWith("lang=kk")))
                .andExpect(header().string("Cache-Control", "no-store"));
        mvc.perform(get("/").cookie(new Cookie("lang", "kk"))).andExpect(redirectedUrl("/kk/"));
    }

    @Test
    void onALaterPageOfAListingTheSwitcherLeadsToEachLanguagesFirstPage() throws Exception {
        Document first = Jsoup.parse(
                mvc.perform(get("/ru/news")).andReturn().getResponse().getContentAsString());
        assertThat(first.select("link[rel=alternate][hreflang]")).hasSize(9);

        Document second = Jsoup.parse(mvc.perform(get("/ru/news").param("page", "2"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        String href = second.select(".switcher a[hreflang=en]").attr("href");
        assertThat(URLDecoder.decode(href.substring(href.indexOf("to=") + 3), StandardCharsets.UTF_8))
                .isEqualTo("/en/news");
        assertThat(second.select("link[rel=alternate][hreflang]"))
                .as("page 2 of the Russian news is not a translation of another language's page 2")
                .isEmpty();
        assertThat(second.select("link[rel=canonical]").attr("href")).endsWith("/ru/news?page=2");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/kk/",
                "https://evil.example/kk/",
                "/ru/news",
                "/kk//evil.example",
                "/kk/\\\\evil.example",
                "/kk/../admin",
                "kk/news"
            })
    void onlyAPathOfTheChosenLanguageIsFollowed(String to) throws Exception {
        mvc.perform(get("/language/kk").param("to", to)).andExpect(redirectedUrl("/kk/"));
    }

    @Test
    void anUnknownLanguageIsNotFound() throws Exception {
        mvc.perform(get("/language/xx").param("to", "/xx/")).andExpect(status().isNotFound());
    }
}
