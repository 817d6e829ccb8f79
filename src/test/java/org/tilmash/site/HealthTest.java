package org.tilmash.site;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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

/** Anyone may ask whether the site is up; what its database and disks say is for administrators only. */
@TilmashTest
class HealthTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Test
    void anonymousVisitorsLearnOnlyThatTheSiteIsUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
    }

    @Test
    void anEditorDoesNotSeeTheDetailsEither() throws Exception {
        String editor = TestAccounts.create(accounts, "editor", Map.of(Role.EDITOR, Set.of()));
        mvc.perform(get("/actuator/health").with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void aSignedInAdministratorSeesEachComponent() throws Exception {
        String admin = TestAccounts.create(accounts, "admin", Map.of(Role.ADMIN, Set.of()));
        mvc.perform(get("/actuator/health").with(user(admin).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }
}
