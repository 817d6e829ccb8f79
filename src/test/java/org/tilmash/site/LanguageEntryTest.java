package org.tilmash.site;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.support.TilmashTest;

@TilmashTest
class LanguageEntryTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({
        "'uz-Cyrl-UZ', uz",
        "'kk-KZ', kk",
        "'ru-RU,ru;q=0.9,en;q=0.8', ru",
        "'de-DE,de;q=0.9,ky;q=0.5', ky",
        "'tr-TR', en",
        "'az-Latn-AZ', az",
        "'tg-TJ', tg",
        "'tk', tk",
        "'!!garbage;;', en"
    })
    void rootSendsReadersToTheBestMatchForAcceptLanguage(String header, String expected) throws Exception {
        mvc.perform(get("/").header("Accept-Language", header))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/" + expected + "/"));
    }

    @Test
    void theLanguageCookieWinsOverAcceptLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "ru").cookie(new Cookie("lang", "tk")))
                .andExpect(redirectedUrl("/tk/"));
    }

    @Test
    void anUnknownCookieIsIgnored() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "ky").cookie(new Cookie("lang", "xx")))
                .andExpect(redirectedUrl("/ky/"));
    }

    @Test
    void withoutPreferencesTheDefaultLanguageIsUsed() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/en/"));
    }
}
