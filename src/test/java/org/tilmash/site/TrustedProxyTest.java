package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tilmash.support.RawHttp;

/**
 * Behind a configured TLS proxy: its forwarded protocol makes the request secure, so the session cookie is
 * {@code Secure} and responses carry HSTS; absolute URLs still come from the configured base URL alone.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tilmash.site.trusted-proxies=127.0.0.1", "tilmash.site.base-url=https://news.example"})
@ActiveProfiles("test")
class TrustedProxyTest {

    @LocalServerPort
    int port;

    @Test
    void aTrustedProxysHttpsGivesSecureCookiesAndHsts() {
        RawHttp.Answer login = RawHttp.get(
                port,
                "GET /login HTTP/1.1",
                "Host: news.example",
                "X-Forwarded-Proto: https",
                "X-Forwarded-For: 203.0.113.9");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).isPresent();
        assertThat(login.header("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie)
                        .startsWith("SESSION=")
                        .contains("Secure")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void plainHttpFromTheProxyGetsNeitherAndUrlsComeFromTheBaseUrl() {
        RawHttp.Answer page = RawHttp.get(port, "GET /en/news HTTP/1.1", "Host: news.example");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Strict-Transport-Security")).isEmpty();
        assertThat(page.body()).contains("<link rel=\"canonical\" href=\"https://news.example/en/news\">");

        RawHttp.Answer login = RawHttp.get(port, "GET /login HTTP/1.1", "Host: news.example");
        assertThat(login.header("Set-Cookie"))
                .hasValueSatisfying(
                        cookie -> assertThat(cookie).doesNotContain("Secure").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aHostOtherThanTheSitesIsRefused() {
        assertThat(RawHttp.get(port, "GET /en/news HTTP/1.1", "Host: localhost").status())
                .isEqualTo(400);
        assertThat(RawHttp.get(port, "GET /en/news HTTP/1.1", "Host: news.example", "X-Forwarded-Host: evil.example")
                        .status())
                .as("the proxy forwards a host that is not ours")
                .isEqualTo(400);
    }
}
