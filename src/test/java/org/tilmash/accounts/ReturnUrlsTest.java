package org.tilmash.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;

/** After sign-in the user may be sent back to a page of this site, and never to another one. */
@TilmashTest
class ReturnUrlsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example",
                "//evil.example/admin",
                "/\\evil.example",
                "\\\\evil.example",
                "https:evil.example",
                "https://evil.example/admin",
                "javascript:alert(1)",
                "evil.example",
                "/%2Fevil.example",
                "%2F%2Fevil.example",
                "/%5Cevil.example",
                "/%252F%252Fevil.example",
                "%2F%5Cevil.example",
                "/%09/evil.example",
                "/\t/evil.example",
                "/ /evil.example",
                "https%3A%2F%2Fevil.example",
                ""
            })
    void foreignOrAmbiguousAddressesAreRefused(String candidate) throws Exception {
        assertThat(ReturnUrls.isSafePath(candidate)).as(candidate).isFalse();
        signInReturningTo(candidate).andExpect(redirectedUrl("/admin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/profile", "/admin/articles/1/kk", "/kk/", "/admin?page=2"})
    void pathsOnThisSiteAreFollowed(String candidate) throws Exception {
        assertThat(ReturnUrls.isSafePath(candidate)).as(candidate).isTrue();
        signInReturningTo(candidate).andExpect(redirectedUrl(candidate));
    }

    private ResultActions signInReturningTo(String returnPath) throws Exception {
        String username = TestAccounts.unique("return");
        accounts.create(username, TestAccounts.PASSWORD, "Return", Map.of(Role.EDITOR, Set.of()));
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", TestAccounts.PASSWORD)
                .param("return", returnPath)
                .with(csrf()));
    }
}
