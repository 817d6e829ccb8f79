package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A deployment that adds Persian (right to left) with nothing but configuration and a bundle file, and selects the
 * built-in minimal theme, of which a copy on disk overrides the home page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ThemesAndNewLanguageTest {

    private static final Path ROOT = createRoot();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private static Path createRoot() {
        try {
            Path root = Files.createTempDirectory("tilmash-deployment");
            write(
                    root.resolve("i18n/messages_fa.properties"),
                    "home.latest=آخرین اخبار\nerror.title.404=صفحه پیدا نشد\n");
            write(root.resolve("themes/minimal/templates/home.html"), """
                    <!DOCTYPE html>
                    <html th:lang="${language.code}" th:dir="${language.dir}" xmlns:th="http://www.thymeleaf.org">
                    <head th:replace="~{tilmash/site/layout :: head(#{home.title})}"></head>
                    <body class="custom-theme"><header th:replace="~{tilmash/site/layout :: header}"></header>
                    <h1 th:text="#{home.latest}">x</h1></body></html>
                    """);
            write(root.resolve("themes/default/templates/error.html"), """
                    <!DOCTYPE html>
                    <html th:lang="${language.code}" th:dir="${language.dir}" xmlns:th="http://www.thymeleaf.org">
                    <body class="default-theme-from-disk"><h1 th:text="#{'error.title.' + ${status}}">x</h1></body></html>
                    """);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @DynamicPropertySource
    static void deployment(DynamicPropertyRegistry registry) {
        registry.add("tilmash.i18n.bundles-dir", () -> ROOT.resolve("i18n").toString());
        registry.add("tilmash.i18n.languages.fa.native-name", () -> "فارسی");
        registry.add("tilmash.i18n.languages.fa.script", () -> "Arab");
        registry.add("tilmash.i18n.languages.fa.direction", () -> "rtl");
        registry.add("tilmash.i18n.languages.fa.fallbacks", () -> "en");
        registry.add("tilmash.theme.dir", () -> ROOT.resolve("themes").toString());
        registry.add("tilmash.theme.name", () -> "minimal");
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aNinthRightToLeftLanguageNeedsOnlyConfigurationAndABundle() throws Exception {
        HttpResponse<String> home = get("/fa/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"fa\" dir=\"rtl\">").contains("آخرین اخبار");
        assertThat(home.body()).contains("hreflang=\"fa\"").contains("فارسی");
    }

    @Test
    void aNinthLanguageWithoutItsOwnPhrasesGetsAGrammaticalNeutralFallbackNotice() throws Exception {
        Long id = jdbc.queryForObject(
                "select min(v.article_id) from tilmash_article_version v where v.language = 'en'"
                        + " and v.published_revision_id is not null",
                Long.class);
        String slug = jdbc.queryForObject(
                "select slug from tilmash_article_version where article_id = ? and language = 'en'", String.class, id);
        HttpResponse<String> page = get("/fa/news/" + id + "-" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(page.body());
        assertThat(document.select(".notice").text())
                .isEqualTo("This article is not yet available in فارسی. It is shown in English.");
        assertThat(document.select("article.story").attr("lang")).isEqualTo("en");
    }

    @Test
    void theConfiguredThemeChangesTheLookAndItsCopyOnDiskWins() throws Exception {
        assertThat(get("/en/").body()).contains("class=\"custom-theme\"");
        assertThat(get("/theme/css/site.css").body()).startsWith("/* Tilmash minimal theme */");
    }

    @Test
    void pagesTheThemeLacksAreRenderedByTheBuiltInDefaultTheme() throws Exception {
        HttpResponse<String> news = get("/en/news");
        assertThat(news.statusCode()).isEqualTo(200);
        assertThat(news.body()).contains("class=\"pagination\"").contains("/theme/css/site.css");
    }

    @Test
    void templatesMissingFromTheThemeComeFromTheDefaultThemeWithItsDiskCopyFirst() throws Exception {
        HttpResponse<String> missing = get("/fa/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body())
                .contains("default-theme-from-disk")
                .contains("dir=\"rtl\"")
                .contains("صفحه پیدا نشد");
    }

    @Test
    void fragmentsTheThemeLacksComeFromTheBuiltInDefaultTheme() throws Exception {
        assertThat(get("/en/").body()).contains("class=\"site-header\"").contains("class=\"skip-link\"");
    }
}
