package org.tilmash.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;

/**
 * In Turkish, {@code "i".toUpperCase()} is {@code "İ"}: role names that went through locale-sensitive case
 * conversion (ADMIN, EDITOR, REVIEWER all contain an I) would stop matching on a server whose default locale is
 * Turkish.
 */
@TilmashTest
class TurkishLocaleTest {

    private Locale original;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void turkishServer() {
        original = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(original);
    }

    private String create(Map<Role, Set<String>> roles) {
        String username = TestAccounts.unique("turkish");
        accounts.create(username, TestAccounts.PASSWORD, "Türk", roles);
        return username;
    }

    @Test
    void rolesAndLanguagesDecideTheSameOnATurkishServer() throws Exception {
        String admin = create(Map.of(Role.ADMIN, Set.of()));
        String editor = create(Map.of(Role.EDITOR, Set.of()));
        String reviewer = create(Map.of(Role.REVIEWER, Set.of("kk")));

        mvc.perform(get("/admin/users").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/users").with(user(editor))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/security-log").with(user(reviewer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(user(reviewer))).andExpect(status().isOk());
    }
}
