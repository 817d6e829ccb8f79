package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.ActiveProfiles;

/** With {@code tilmash.enabled=false} the host application gets nothing of Tilmash: no bean, table, filter or page. */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "portal", "portal-without-tilmash"})
class TilmashSwitchedOffTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noBeanFilterOrSecurityChainOfTilmashExists() {
        assertThat(Arrays.stream(context.getBeanDefinitionNames())
                        .map(context::getType)
                        .filter(type -> type != null && type.getName().startsWith("org.tilmash."))
                        // The host's own field definitions (PortalArticleFields): values it declares, inert here.
                        .filter(type -> type != org.tilmash.content.ArticleField.class))
                .isEmpty();
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .noneMatch(filter -> filter.getFilter().getClass().getName().startsWith("org.tilmash."));
        assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("portalChain");
    }

    @Test
    void noTableOfTilmashIsCreated() {
        assertThat(jdbc.queryForList(
                        "select table_name from information_schema.tables where lower(table_name) like 'tilmash%'",
                        String.class))
                .isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from portal_note", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void tilmashsAddressesAreTheHostsNotFoundAndTheHostsPagesWork() throws Exception {
        assertThat(get("/portal/news/en/").statusCode()).isEqualTo(404);
        assertThat(get("/portal/news-login").statusCode()).isEqualTo(404);
        assertThat(get("/portal/").body()).contains("Welcome to the portal");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
