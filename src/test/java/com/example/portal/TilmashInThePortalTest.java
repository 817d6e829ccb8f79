package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.tilmash.support.Fixture;
import org.tilmash.support.WebVisitor;

/**
 * Tilmash added to a host application (its own entity, Flyway migration, security, messages and {@code /admin} page,
 * under the context path {@code /portal}) by the dependency and a few properties: both work side by side.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "portal"})
class TilmashInThePortalTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PortalNotes notes;

    @Autowired
    Fixture fixture;

    @Autowired
    PortalNewsroomFeed newsroomFeed;

    @Test
    void theHostsOwnPagesKeepTheirMessagesSecurityAndAdministrationPage() throws Exception {
        HttpResponse<String> home = get("/portal/", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(home.body()).select("h1").text()).isEqualTo("Welcome to the portal");
        assertThat(Jsoup.parse(home.body()).select("#notes").attr("href")).isEqualTo("/portal/members/notes");

        assertThat(get("/portal/members/notes", null).statusCode())
                .as("the host's own HTTP Basic, not Tilmash's sign-in page")
                .isEqualTo(401);
        HttpResponse<String> members = get("/portal/members/notes", PortalSecurity.MEMBER);
        assertThat(members.statusCode()).isEqualTo(200);
        assertThat(members.body()).contains("Board meeting on Friday");

        assertThat(get("/portal/admin", null).statusCode()).isEqualTo(401);
        HttpResponse<String> administration = get("/portal/admin", PortalSecurity.MEMBER);
        assertThat(administration.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(administration.body()).select("h1").text()).isEqualTo("Portal administration");

        assertThat(get("/portal/no-such-page", null).statusCode()).isEqualTo(404);
    }

    @Test
    void tilmashBringsNoBeanThatWouldReplaceTheHostsOwn() {
        assertThat(context.getBeansOfType(UserDetailsService.class)).containsOnlyKeys("portalUsers");
        assertThat(context.getBeansOfType(PasswordEncoder.class)).containsOnlyKeys("passwordEncoder");
        assertThat(context.getBeansOfType(org.flywaydb.core.Flyway.class))
                .as("the host's Flyway is Spring Boot's, untouched")
                .hasSize(1);
    }

    @Test
    void tilmashsMethodSecurityGuardsOnlyTilmashsOwnBeans() {
        assertThat(context.getBean(PortalGreeting.class).greeting())
                .as("the portal never switched method security on; Tilmash does not switch it on for the portal")
                .isEqualTo("Welcome, members");
    }

    @Test
    void bothApplicationsMigrateTheirOwnTablesWithTheirOwnHistory() {
        thePortalMigratedItsOwnTables();
        assertThat(jdbc.queryForList("select \"script\" from \"tilmash_schema_history\"", String.class))
                .contains("V1__foundation.sql", "V180__tilmash_table_prefix.sql")
                .doesNotContain("V1__portal.sql");
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"tilmash_schema_history\" where \"success\" = true", Integer.class))
                .isGreaterThan(10);
        assertThat(jdbc.queryForObject("select count(*) from tilmash_article", Integer.class))
                .isPositive();
    }

    /** The portal's Flyway ran the portal's scripts, and none of Tilmash's. */
    void thePortalMigratedItsOwnTables() {
        assertThat(notes.findAll()).extracting(PortalNote::getText).contains("Board meeting on Friday");
        assertThat(jdbc.queryForList("select \"script\" from \"flyway_schema_history\"", String.class))
                .contains("V1__portal.sql")
                .doesNotContain("V1__foundation.sql");
    }

    @Test
    void tilmashsSiteAndBackOfficeLiveUnderTheirPrefixesInsideTheContextPath() {
        WebVisitor reader = new WebVisitor(port, "en");
        HttpResponse<String> home = reader.get("/portal/news/en/");
        assertThat(home.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(home.body());
        assertThat(page.select(".portal-banner").text())
                .as("the home page from the host's own theme")
                .isEqualTo("News of the portal's members");
        assertThat(page.select("a.brand").attr("href")).isEqualTo("/portal/news/en/");
        String stylesheet = page.select("link[rel=stylesheet]").attr("href");
        assertThat(stylesheet).startsWith("/portal/news/theme/");
        assertThat(reader.get(stylesheet).statusCode()).isEqualTo(200);
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/portal/news/en/");
        assertThat(page.select("a[hreflang=kk]").attr("href")).startsWith("/portal/news/language/kk?to=");

        HttpResponse<String> switched = reader.get(page.select("a[hreflang=kk]").attr("href"));
        assertThat(switched.headers().firstValue("Location").orElseThrow()).endsWith("/portal/news/kk/");

        WebVisitor editor = new WebVisitor(port, "en");
        HttpResponse<String> unsigned = editor.get("/portal/news-admin");
        assertThat(unsigned.headers().firstValue("Location").orElseThrow()).endsWith("/portal/news-login");
        HttpResponse<String> signedIn = editor.submit(
                "/portal/news-login",
                "/portal/news-login",
                Map.of("username", "editor", "password", "demo-password-for-tests"));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).contains("/portal/news-admin");

        Document dashboard = Jsoup.parse(editor.get("/portal/news-admin").body());
        List<String> links = dashboard.select("#admin-nav a").eachAttr("href");
        assertThat(links).isNotEmpty().allMatch(link -> link.startsWith("/portal/news-admin"));
        assertThat(dashboard.select("form[action$=logout]").attr("action")).isEqualTo("/portal/news-logout");
        String adminStyles = dashboard.select("link[rel=stylesheet]").attr("href");
        assertThat(adminStyles).startsWith("/portal/news-admin-static/");
        assertThat(editor.get(adminStyles).statusCode()).isEqualTo(200);

        assertThat(editor.get("/portal/admin").statusCode())
                .as("the host's /admin stays the host's")
                .isEqualTo(401);
    }

    @Test
    void articlesFeedsAndTheSitemapLinkToThePrefixedAddresses() {
        Fixture.Article article = publishedInEnglish("portal", "Water summit opens");

        assertThat(newsroomFeed.published())
                .as("the host's listener heard the publication")
                .anySatisfy(event -> {
                    assertThat(event.articleId()).isEqualTo(article.id());
                    assertThat(event.title()).isEqualTo("Water summit opens");
                });

        WebVisitor reader = new WebVisitor(port, "en");
        Document news = Jsoup.parse(reader.get("/portal/news/en/news").body());
        String href =
                news.select("article.teaser h2 a:contains(Water summit opens)").attr("href");
        assertThat(href).startsWith("/portal/news/en/news/" + article.id() + "-");
        HttpResponse<String> shown = reader.get(href);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(shown.body()).select("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost" + href);

        assertThat(reader.get("/portal/news/en/news/" + article.id())
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith(href);
        assertThat(reader.get("/portal/news/en/feed.xml").body()).contains("http://localhost" + href);
        assertThat(reader.get("/portal/news/sitemap.xml").body()).contains("http://localhost" + href);
    }

    @Test
    void editorsSetThePortalsOwnArticleFieldsAndReadersSeeThemInTheirLanguage() {
        Fixture.Article article = publishedInEnglish("fields", "Ministers meet in Almaty");
        WebVisitor reader = new WebVisitor(port, "en");
        String href = "/portal/news/en/news/" + article.id();
        href = reader.get(href).headers().firstValue("Location").orElseThrow();
        assertThat(Jsoup.parse(reader.get(href).body()).select(".article-fields"))
                .as("no field set yet (and the page is now cached)")
                .isEmpty();

        WebVisitor editor = new WebVisitor(port, "en");
        editor.submit(
                "/portal/news-login",
                "/portal/news-login",
                Map.of("username", "editor", "password", "demo-password-for-tests"));
        String page = "/portal/news-admin/articles/" + article.id() + "/en";
        Document settings = Jsoup.parse(editor.get(page).body());
        assertThat(settings.select("label[for=field-eventDate]").text()).isEqualTo("Event date");
        assertThat(settings.select("#field-memberState option").eachText())
                .as("the portal's member states, by name, in the editor's language")
                .containsExactly(
                        "— not set —",
                        "Azerbaijan",
                        "Kazakhstan",
                        "Kyrgyzstan",
                        "Tajikistan",
                        "Turkmenistan",
                        "Uzbekistan");
        String sectionId = settings.select("#sectionId option[selected]").val();
        String action = "/portal/news-admin/articles/" + article.id() + "/settings";

        editor.submit(
                page,
                action,
                Map.of(
                        "back",
                        "en",
                        "sectionId",
                        sectionId,
                        "field.eventDate",
                        "2027-03-12",
                        "field.memberState",
                        "KZ"));
        assertThat(Jsoup.parse(editor.get(page).body())
                        .select(".audit .field-changes")
                        .last()
                        .text())
                .as("the audit trail labels and writes the values, never the keys and codes it stores")
                .isEqualTo("Event date: 12 March 2027; Member state: Kazakhstan");
        Document english = Jsoup.parse(reader.get(href).body());
        assertThat(english.select(".field-eventDate dt").text()).isEqualTo("Event date");
        assertThat(english.select(".field-eventDate time").attr("datetime")).isEqualTo("2027-03-12");
        assertThat(english.select(".field-eventDate time").text())
                .contains("March")
                .contains("2027");
        assertThat(english.select(".field-memberState dd").text()).isEqualTo("Kazakhstan");

        Document russian = Jsoup.parse(new WebVisitor(port, "ru")
                .get(href.replace("/news/en/", "/news/ru/"))
                .body());
        assertThat(russian.select(".field-eventDate dt").text()).isEqualTo("Дата события");
        assertThat(russian.select(".field-eventDate time").text()).startsWith("12 марта 2027");
        assertThat(russian.select(".field-memberState dd").text()).isEqualTo("Казахстан");

        HttpResponse<String> refused = editor.submit(
                page,
                action,
                Map.of(
                        "back",
                        "en",
                        "sectionId",
                        sectionId,
                        "field.eventDate",
                        "2027-02-30",
                        "field.memberState",
                        "UZ"));
        assertThat(Jsoup.parse(editor.get(page).body()).select(".alert.error").text())
                .isEqualTo("“Event date” is not a date: choose a day in the calendar.");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(Jsoup.parse(reader.get(href).body())
                        .select(".field-memberState dd")
                        .text())
                .as("nothing of a refused change is kept")
                .isEqualTo("Kazakhstan");
    }

    @Test
    void readersFindAPublishedArticleWithTheSiteSearch() {
        Fixture.Article article = publishedInEnglish("search", "Glacierwatch survey reaches the Pamir");

        WebVisitor reader = new WebVisitor(port, "en");
        // The index follows a publication after its commit, in the background.
        Document results = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> Jsoup.parse(reader.get("/portal/news/en/search?q=glacierwatch")
                                .body()),
                        page -> !page.select(".search-result").isEmpty());
        assertThat(results.select(".search-result h2").eachText())
                .containsExactly("Glacierwatch survey reaches the Pamir");
        assertThat(results.select(".search-result a").attr("href"))
                .startsWith("/portal/news/en/news/" + article.id() + "-");
    }

    /** An English article written and approved by people of its own, named after {@code team}. */
    private Fixture.Article publishedInEnglish(String team, String title) {
        String editor = fixture.account(team + "-editor", org.tilmash.accounts.Role.EDITOR);
        String reviewer = fixture.account(team + "-reviewer", org.tilmash.accounts.Role.REVIEWER, "en");
        return fixture.article("en")
                .by(editor)
                .reviewedBy(reviewer)
                .published("en", Fixture.text(title, "Ministers meet.", "Body."))
                .create();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String credentials = user + ":" + PortalSecurity.PASSWORD;
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
