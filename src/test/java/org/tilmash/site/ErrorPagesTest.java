package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.tilmash.support.TilmashTest;

/** Errors are real HTTP round trips here: MockMvc does not run the servlet container's error dispatch. */
@TilmashTest
@Import(ErrorPagesTest.Failing.class)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    @Test
    void anUnknownPageIsAThemedNotFoundPageInTheReadersLanguage() throws Exception {
        HttpResponse<String> response = get("/kk/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("<html lang=\"kk\" dir=\"ltr\">")
                .contains(text("error.title.404", "kk"))
                .contains("/theme/css/site.css");
    }

    @Test
    void aClientThatAcceptsAnythingGetsTheErrorPageAndOneThatAsksForJsonGetsJson() throws Exception {
        URI missing = URI.create("http://localhost:" + port + "/ru/news/999999999-no-such-article");
        for (HttpRequest anything : new HttpRequest[] {
            HttpRequest.newBuilder(missing).header("Accept", "*/*").build(),
            HttpRequest.newBuilder(missing).build()
        }) {
            HttpResponse<String> response = send(anything);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body()).contains("<html lang=\"ru\"").contains(text("error.title.404", "ru"));
        }
        HttpResponse<String> json = send(HttpRequest.newBuilder(missing)
                .header("Accept", "application/json")
                .build());
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void aPostToAReadersPageIsNotAllowedAndStartsNoSession() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kk/news"))
                .POST(HttpRequest.BodyPublishers.ofString("q=x"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .build());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.body()).contains("<html lang=\"kk\"").contains(text("error.title.405", "kk"));
    }

    @Test
    void anUnknownLanguageIsNotFoundInTheDefaultLanguage() throws Exception {
        HttpResponse<String> response = get("/xx/");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"en\"").contains(text("error.title.404", "en"));
    }

    @Test
    void theErrorPagesOwnAddressIsNotFoundRatherThanAServerError() throws Exception {
        HttpResponse<String> response = get("/error");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains(text("error.title.404", "en"))
                .doesNotContain(text("error.title.500", "en"));
    }

    @Test
    void aServerErrorShowsALocalizedPageWithoutTheException() throws Exception {
        HttpResponse<String> response = get("/ru/test-failure");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("<html lang=\"ru\"")
                .contains(text("error.title.500", "ru"))
                .doesNotContain("secret-internal-detail")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at org.tilmash");
    }

    @Test
    void somethingTooLargeIsSaidSoNotBlamedOnAFaultOfOurs() throws Exception {
        HttpResponse<String> response = get("/ru/test-too-large");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body())
                .contains(text("error.title.413", "ru"))
                .doesNotContain(text("error.text.500", "ru"));
    }

    @TestConfiguration
    @RestController
    static class Failing {

        @GetMapping("/ru/test-failure")
        String fail() {
            throw new IllegalStateException("secret-internal-detail");
        }

        @GetMapping("/ru/test-too-large")
        String tooLarge() {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
        }
    }
}
