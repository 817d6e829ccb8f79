package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;

/** The security log names roles and languages in the administrator's language, not as identifiers and codes. */
@TilmashTest
class SecurityLogPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixture fixture;

    @Autowired
    AccountService accounts;

    @Test
    void aRoleChangeReadsAsRolesAndLanguagesInTheAdministratorsLanguage() throws Exception {
        String admin = fixture.account("admin", Role.ADMIN);
        String translator = fixture.account("translator", Role.TRANSLATOR, "kk", "ky");
        Long translatorId = accounts.all().stream()
                .filter(account -> account.username().equals(translator))
                .findFirst()
                .orElseThrow()
                .id();
        String name = TestAccounts.unique("Translator");
        accounts.changeRoles(translatorId, name, Map.of(Role.TRANSLATOR, Set.of("ky"), Role.EDITOR, Set.of()), admin);

        String html = mvc.perform(get("/admin/security-log").with(user(admin)).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Element change = Jsoup.parse(html).select("#security-log tr[data-kind=ROLES_CHANGED]").stream()
                .filter(row -> row.text().contains(name))
                .findFirst()
                .orElseThrow();
        assertThat(change.select("td").last().text())
                .isEqualTo("Переводчик (казахский, кыргызский) → Редактор, Переводчик (кыргызский)");
    }
}
