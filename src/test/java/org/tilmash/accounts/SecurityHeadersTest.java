package org.tilmash.accounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.support.TilmashTest;

/** What every response tells the browser, on the public site as in the back office. */
@TilmashTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/en/", "/admin"})
    void everyResponseCarriesTheBrowserProtections(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                Matchers.allOf(
                                        Matchers.containsString("script-src 'self'"),
                                        Matchers.containsString("frame-ancestors 'none'"),
                                        Matchers.containsString("object-src 'none'"),
                                        Matchers.not(Matchers.containsString("unsafe-inline")),
                                        Matchers.not(Matchers.containsString("unsafe-eval")))))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }
}
