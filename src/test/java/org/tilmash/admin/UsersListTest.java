package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.accounts.Role;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.support.Fixture;
import org.tilmash.support.TilmashTest;

/** The list of users says what each may do in the administrator's language: roles and language names, no codes. */
@TilmashTest
class UsersListTest {

    private static final Locale TURKMEN = Locale.forLanguageTag("tk");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixture fixture;

    @Autowired
    MessageSource messages;

    @Autowired
    LanguageRegistry languages;

    private String turkmen(String key, Object... arguments) {
        return messages.getMessage(key, arguments, TURKMEN);
    }

    private String languageName(String code) {
        return turkmen(
                "language.name",
                Map.of("code", code, "name", languages.require(code).nativeName()));
    }

    @Test
    void aReviewersLanguagesAreNamedInTheInterfaceLanguage() throws Exception {
        String admin = fixture.account("admin", Role.ADMIN);
        String reviewer = fixture.account("reviewer", Role.REVIEWER, "ru", "az", "en");

        String html = mvc.perform(get("/admin/users").with(user(admin)).header("Accept-Language", "tk"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Element row = Jsoup.parse(html).select("#users tbody tr").stream()
                .filter(tr -> tr.selectFirst("td").text().equals(reviewer))
                .findFirst()
                .orElseThrow();
        String roles = row.select("td").get(2).text();
        assertThat(roles)
                .isEqualTo(turkmen("users.role.REVIEWER") + " (" + languageName("az") + ", " + languageName("en") + ", "
                        + languageName("ru") + ")")
                .doesNotContainPattern("\\b(az|en|ru)\\b");
    }
}
