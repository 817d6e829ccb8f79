package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ContentService;
import org.tilmash.support.RawHttp;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.WebVisitor;

/**
 * Requests no honest browser sends, and the ones found to give a 500: each gets our localized error page (or the
 * form again) with the security headers, never a 500 or the servlet container's own page.
 */
@TilmashTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    AccountService accounts;

    @Autowired
    ContentService content;

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    private static void assertSecurityHeaders(RawHttp.Answer answer) {
        assertThat(answer.header("Content-Security-Policy")).as(answer.head()).isPresent();
        assertThat(answer.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(answer.header("X-Frame-Options")).contains("DENY");
        assertThat(answer.head() + answer.body()).doesNotContainIgnoringCase("tomcat");
    }

    @Test
    void urlsTheServletContainerRefusesGetOurPageInTheReadersLanguageWithSecurityHeaders() {
        for (String path : new String[] {"/%", "/a%2", "/%zz/news", "/%c0%ae%c0%ae/", "/en/news/;-%", "/x;a=%zz"}) {
            RawHttp.Answer answer =
                    RawHttp.get(port, "GET " + path + " HTTP/1.1", "Host: localhost", "Accept-Language: kk");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertSecurityHeaders(answer);
            assertThat(answer.body())
                    .as(path)
                    .contains("<html lang=\"kk\"")
                    .contains(text("error.title.400", "kk"))
                    .doesNotContain("HTTP Status");
        }
        // Refused while the request line is read, before any header: the page is in the site's default language.
        for (String path : new String[] {"/a\\b", "/a{b}"}) {
            RawHttp.Answer answer =
                    RawHttp.get(port, "GET " + path + " HTTP/1.1", "Host: localhost", "Accept-Language: kk");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertSecurityHeaders(answer);
            assertThat(answer.body()).as(path).contains(text("error.title.400", "en"));
        }
    }

    @Test
    void aQueryWithABrokenEscapeIsABadRequestInTheReadersLanguageNotAServerFault(CapturedOutput output) {
        for (String target : new String[] {"/kk/news?page=%", "/kk/search?q=%zz", "/kk/no-such-page?x=%", "/?a=%2"}) {
            RawHttp.Answer answer =
                    RawHttp.get(port, "GET " + target + " HTTP/1.1", "Host: localhost", "Accept-Language: kk");
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertSecurityHeaders(answer);
            assertThat(answer.body()).as(target).contains(text("error.title.400", "kk"));
        }
        assertThat(output.getAll()).doesNotContain("InvalidParameterException").doesNotContain(" ERROR ");
    }

    @Test
    void pathsTheSecurityFirewallRefusesCarryTheSecurityHeaders() {
        for (String path : new String[] {"/admin/articles/1/en/../../x", "/;jsessionid=x/en/", "/en/%2e%2e/admin"}) {
            RawHttp.Answer answer =
                    RawHttp.get(port, "GET " + path + " HTTP/1.1", "Host: localhost", "Accept: text/html");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertSecurityHeaders(answer);
        }
    }

    @Test
    void aRequestForAnotherHostIsRefusedAndNeverShapesOurUrls() {
        RawHttp.Answer foreign =
                RawHttp.get(port, "GET /en/feed.xml HTTP/1.1", "Host: evil.example", "Accept: text/html");
        assertThat(foreign.status()).isEqualTo(400);
        assertSecurityHeaders(foreign);
        // The page speaks the language of the path it was asked for.
        assertThat(foreign.body()).contains(text("error.title.400", "en")).doesNotContain("evil.example");

        // Forwarding headers from a client that is not a configured proxy change nothing.
        RawHttp.Answer forged = RawHttp.get(
                port,
                "GET /en/news HTTP/1.1",
                "Host: localhost:" + port,
                "X-Forwarded-Host: evil.example",
                "X-Forwarded-Proto: https",
                "X-Forwarded-For: 203.0.113.9");
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.body())
                .contains("<link rel=\"canonical\" href=\"http://localhost/en/news\">")
                .doesNotContain("evil.example");
        assertThat(forged.header("Strict-Transport-Security")).isEmpty();

        RawHttp.Answer redirect =
                RawHttp.get(port, "GET /admin HTTP/1.1", "Host: localhost:" + port, "X-Forwarded-Host: evil.example");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location"))
                .as("a path, completed by the browser")
                .contains("/login");
    }

    @Test
    void aReturnPathWithNonAsciiCharactersIsEncodedNotDropped() {
        String username = TestAccounts.create(accounts, "return", Map.of(Role.EDITOR, Set.of()));
        String wanted = "/kk/news/1-қазақ?q=су";
        WebVisitor browser = new WebVisitor(port, "kk");
        HttpResponse<String> signedIn = browser.submit(
                "/login?return=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8),
                "/login",
                Map.of("username", username, "password", TestAccounts.PASSWORD, "return", wanted));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(location ->
                        assertThat(location).endsWith("/kk/news/1-%D2%9B%D0%B0%D0%B7%D0%B0%D2%9B?q=%D1%81%D1%83"));
    }

    @Test
    void hugePageNumbersShowAnEmptyPageNotAnError() throws Exception {
        String admin = TestAccounts.create(accounts, "pager", Map.of(Role.ADMIN, Set.of(), Role.EDITOR, Set.of()));
        for (String path : new String[] {
            "/admin/coverage?page=2147483647",
            "/admin/audit?page=2147483647",
            "/admin?work=-5",
            "/admin?work=2147483647"
        }) {
            MockHttpServletResponse page =
                    mvc.perform(get(path).with(user(admin))).andReturn().getResponse();
            assertThat(page.getStatus()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aNewArticleInASectionThatDoesNotExistShowsTheFormAgainWithTheReason() throws Exception {
        String editor = TestAccounts.create(accounts, "sections", Map.of(Role.EDITOR, Set.of()));
        long articles = content.articleCount();
        MockHttpServletResponse page = mvc.perform(post("/admin/articles/new")
                        .with(user(editor))
                        .with(csrf())
                        .param("sectionId", "987654321")
                        .param("sourceLanguage", "en")
                        .param("title", "Kept title")
                        .param("intro", "")
                        .param("body", "<p>Kept body</p>"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains(text("article.error.section", "en"))
                .contains("Kept title");
        assertThat(content.articleCount()).isEqualTo(articles);
    }

    @Test
    void confirmingTheUpdateOfATranslationThatDoesNotExistIsRefusedNotAFailure() throws Exception {
        String translator = TestAccounts.create(accounts, "confirm", Map.of(Role.TRANSLATOR, Set.of("tk")));
        MockHttpServletResponse answer = mvc.perform(post("/admin/articles/1/tk/confirm-update")
                        .with(user(translator))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/admin/articles/1/tk");
    }
}
