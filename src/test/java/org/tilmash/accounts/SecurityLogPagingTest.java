package org.tilmash.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;

/** The whole security log can be read, a page at a time, newest first: nothing falls off the end. */
@TilmashTest
class SecurityLogPagingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityLog log;

    private Document page(String admin, int number) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/security-log")
                        .param("page", String.valueOf(number))
                        .with(user(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void everyEventIsOnExactlyOnePageNewestFirst() throws Exception {
        String admin = TestAccounts.unique("log-reader");
        accounts.create(admin, TestAccounts.PASSWORD, "Log Reader", Map.of(Role.ADMIN, Set.of()));
        String marker = TestAccounts.unique("paged");
        int recorded = 130;
        IntStream.range(0, recorded)
                .forEach(n -> log.record(SecurityEvent.Kind.PASSWORD_CHANGED, admin, admin, marker + "-" + n));

        List<String> ours = new ArrayList<>();
        Document shown = page(admin, 1);
        assertThat(shown.select("#security-log tbody tr")).hasSize(50);
        for (int number = 2; ours.size() < recorded; number++) {
            shown.select("#security-log tbody tr td:nth-child(5)").eachText().stream()
                    .filter(detail -> detail.startsWith(marker + "-"))
                    .forEach(ours::add);
            assertThat(number).as("pages read before every event was found").isLessThan(50);
            if (ours.size() < recorded) {
                assertThat(shown.select(".pager a[href$='page=" + number + "']"))
                        .as("a link to page " + number)
                        .hasSize(1);
                shown = page(admin, number);
            }
        }
        assertThat(ours)
                .as("each once, newest first")
                .containsExactlyElementsOf(IntStream.iterate(recorded - 1, n -> n >= 0, n -> n - 1)
                        .mapToObj(n -> marker + "-" + n)
                        .toList());
    }
}
