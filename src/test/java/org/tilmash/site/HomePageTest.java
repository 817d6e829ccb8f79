package org.tilmash.site;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.support.TilmashTest;

@TilmashTest
class HomePageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theRussianHomePageListsRussianNewsWithRussianDates() throws Exception {
        mvc.perform(get("/ru/"))
                .andExpect(status().isOk())
                .andExpect(view().name(NewsController.HOME_VIEW))
                .andExpect(content().string(containsString("<html lang=\"ru\" dir=\"ltr\">")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesPattern(
                                "(?s).*>\\d{1,2}\\h(января|февраля|марта|апреля|мая|июня|июля|августа|сентября"
                                        + "|октября|ноября|декабря)\\h\\d{4}\\hг\\.</time>.*")))
                .andExpect(content().string(containsString("hreflang=\"kk\"")))
                .andExpect(content().string(containsString("Қазақша")));
    }

    @Test
    void theHomePageListsSectionsWithTheirCounts() throws Exception {
        mvc.perform(get("/en/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/en/news/breaking\"")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*Breaking news \\(\\d+\\).*")));
    }

    @Test
    void unpublishedTextNeverReachesTheHomePage() throws Exception {
        mvc.perform(get("/kk/"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("IN_REVIEW"))));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/en/"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"));
    }
}
