package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;

/** Prometheus metrics (page cache, render time, statements per request) are for administrators only. */
@TilmashTest
class MetricsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Test
    void anonymousVisitorsAndEditorsGetNoMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        String editor = TestAccounts.create(accounts, "editor", Map.of(Role.EDITOR, Set.of()));
        mvc.perform(get("/actuator/prometheus").with(httpBasic(editor, TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorScrapesPageCacheRenderAndStatementMetrics() throws Exception {
        mvc.perform(get("/en/news")).andExpect(status().isOk());
        String admin = TestAccounts.create(accounts, "admin", Map.of(Role.ADMIN, Set.of()));
        String metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic(admin, TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(metrics)
                .contains("tilmash_page_cache_requests_total")
                .contains("tilmash_page_cache_evictions_total")
                .contains("tilmash_page_cache_bytes")
                .contains("tilmash_page_cache_max_bytes")
                .contains("tilmash_page_render_seconds_count{kind=\"listing\"")
                .contains("tilmash_db_statements_count{kind=\"listing\"");
    }
}
