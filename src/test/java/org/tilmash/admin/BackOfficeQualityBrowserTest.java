package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.AccountView;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;
import org.tilmash.media.ImageText;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
import org.tilmash.support.NuChecker;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TestImages;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.admin.AnyBackOfficePage;
import org.tilmash.support.pages.admin.LoginPage;
import org.tilmash.workflow.Workflow;

/**
 * Every back-office page, as each kind of user opens it, around an article whose body holds a 1600-pixel image:
 * accessible by axe-core's WCAG 2.1 A and AA rules and no wider than the window at 1280 and 360 pixels (with a
 * screenshot of each in {@code target/screenshots/}), valid for the Nu HTML Checker, and in each of the eight
 * languages with no message missing. A page no persona below opens fails the first test: add it to a persona.
 */
@TilmashTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackOfficeQualityBrowserTest {

    private static final List<Integer> WIDTHS = List.of(1280, 360);

    /** How Thymeleaf shows a message key that no bundle has. */
    private static final java.util.regex.Pattern MISSING_MESSAGE =
            java.util.regex.Pattern.compile("\\?\\?[^?\\s]+\\?\\?");

    /** Not pages: downloads, data for scripts, and the import's progress. */
    private static final List<String> NOT_PAGES = List.of(".csv", ".json", "/xliff", "/import/status");

    /**
     * Pages with something to show only at a step of their own journey, which checks them the same way: a form kept
     * over an ended session ({@code SessionEndedJourneyBrowserTest}).
     */
    private static final List<String> JOURNEY_STEPS = List.of("/unsaved");

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    Gallery gallery;

    @Autowired
    AccountService accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    Workflow workflow;

    @Autowired
    LanguageRegistry languages;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, Persona> personas = new java.util.LinkedHashMap<>();

    /** Someone who uses the back office, and the pages they open in it. */
    record Persona(String name, String username, List<String> paths) {}

    @BeforeAll
    void aNewsroomWithAWideImageInAnArticle() {
        String editor = fixture.account("quality-editor", Role.EDITOR);
        String translator = fixture.account("quality-translator", Role.TRANSLATOR, "kk");
        String reviewer = fixture.account("quality-reviewer", Role.REVIEWER, "en", "ru", "kk");
        String admin = fixture.account("quality-admin", Role.ADMIN);
        Fixture.Section section = fixture.section("Quality desk");
        Fixture.Article article = fixture.article("en")
                .in(section)
                .by(editor)
                .reviewedBy(reviewer)
                .draft("en", Fixture.text("Wide bridge opens", "Traffic began.", "First paragraph."))
                .create();
        byte[] jpeg = TestImages.jpeg(1600, 900, Color.DARK_GRAY);
        Image bridge = gallery.upload(
                        article.id(), "bridge.jpg", jpeg.length, new ByteArrayResource(jpeg), editor, Optional.empty())
                .image()
                .orElseThrow();
        gallery.writeTexts(article.id(), bridge.id(), "en", new ImageText("A steel bridge", "Opening day", "Press"));
        String wide = "<p><img src=\"" + bridge.largestUrl() + "\" alt=\"A steel bridge\" width=\"1600\"></p>";
        fixture.publish(
                article.id(),
                "en",
                new ArticleText("Wide bridge opens", "Traffic began.", "<p>The bridge links both banks.</p>" + wide),
                editor,
                reviewer);
        fixture.saveDraft(
                article.id(),
                "en",
                new ArticleText("Wide bridge opens to traffic", "Traffic began.", "<p>It links both banks.</p>" + wide),
                editor);
        fixture.saveDraft(article.id(), "kk", Fixture.text("Кең көпір ашылды", "Қозғалыс басталды."), translator);
        Long russian = fixture.saveDraft(
                article.id(), "ru", Fixture.text("Открылся широкий мост", "Движение началось."), editor);
        SignedIn.run(editor, () -> workflow.submit(russian));
        String a = "/admin/articles/" + article.id();
        Long editorAccount = accounts.all().stream()
                .filter(account -> account.username().equals(editor))
                .map(AccountView::id)
                .findFirst()
                .orElseThrow();
        List<String> everyone = List.of(
                "/admin",
                "/admin/articles",
                "/admin/translations",
                "/admin/coverage",
                "/admin/inbox",
                "/admin/profile");
        persona(
                "editor",
                editor,
                everyone,
                List.of(
                        "/admin/articles?q=bridge&sort=UPDATED_DESC",
                        "/admin/articles/new",
                        "/admin/sections",
                        "/admin/sections/new",
                        "/admin/media",
                        "/admin/sections/" + section.id(),
                        a + "/en",
                        a + "/en/edit",
                        a + "/en/gallery",
                        a + "/en/diff?from=1&to=2",
                        a + "/en/revisions/1",
                        a + "/tg/edit",
                        "/admin/articles/" + Long.MAX_VALUE + "/en"));
        persona("translator", translator, everyone, List.of(a + "/kk", a + "/kk/edit", a + "/kk/translate", a + "/ru"));
        persona("reviewer", reviewer, everyone, List.of(a + "/ru", a + "/ru/source", a + "/kk/source", a + "/en"));
        persona(
                "admin",
                admin,
                List.of("/admin", "/admin/inbox", "/admin/profile"),
                List.of(
                        "/admin/users",
                        "/admin/users/new",
                        "/admin/users/" + editorAccount,
                        "/admin/audit",
                        "/admin/security-log",
                        "/admin/import",
                        a + "/en/revisions/2"));
    }

    private void persona(String name, String username, List<String> common, List<String> own) {
        personas.put(
                name,
                new Persona(
                        name,
                        username,
                        Stream.concat(common.stream(), own.stream()).toList()));
    }

    Stream<String> personaNames() {
        return Stream.of("editor", "translator", "reviewer", "admin");
    }

    @Test
    void everyBackOfficePageIsOpenedBySomePersonaHere() {
        List<String> visited = personas.values().stream()
                .flatMap(persona -> persona.paths().stream())
                .map(path -> path.replaceFirst("\\?.*", ""))
                .toList();
        Set<String> unvisited = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            boolean get = info.getMethodsCondition().getMethods().stream()
                    .anyMatch(method -> method.name().equals("GET"));
            // One page may answer at several patterns (the dashboard at /admin and /admin/): opening one is enough.
            List<String> pages = info.getPathPatternsCondition().getPatternValues().stream()
                    .filter(pattern -> pattern.equals("/admin") || pattern.startsWith("/admin/"))
                    .filter(pattern -> NOT_PAGES.stream().noneMatch(pattern::endsWith))
                    .filter(pattern -> JOURNEY_STEPS.stream().noneMatch(pattern::endsWith))
                    .toList();
            boolean opened = pages.stream().anyMatch(pattern -> {
                var parsed = PathPatternParser.defaultInstance.parse(pattern);
                return visited.stream().anyMatch(path -> parsed.matches(PathContainer.parsePath(path)));
            });
            if (get && !opened) {
                unvisited.addAll(pages);
            }
        }
        assertThat(unvisited)
                .as("back-office pages no persona of this test opens")
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("personaNames")
    void everyPageIsAccessibleAndFitsAPhoneAndADesktop(String name) {
        Persona persona = personas.get(name);
        String base = "http://localhost:" + port;
        WebDriver browser = Browser.fresh("en");
        LoginPage.open(browser, base).loginAs(persona.username(), TestAccounts.PASSWORD);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < persona.paths().size(); i++) {
            String path = persona.paths().get(i);
            AnyBackOfficePage page = AnyBackOfficePage.open(browser, base, path);
            for (int width : WIDTHS) {
                String violations = page.atWidth(width).accessibilityViolations();
                if (!violations.equals("[]")) {
                    problems.add(path + " at " + width + ": " + violations);
                }
                String overflow = page.screenshot(screenshotName(name, i, path), width);
                if (!overflow.isEmpty()) {
                    problems.add(path + " at " + width + ": " + overflow);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSignInPageIsAccessibleAndFits() {
        String base = "http://localhost:" + port;
        AnyBackOfficePage page = AnyBackOfficePage.open(Browser.fresh("en"), base, "/login");
        for (int width : WIDTHS) {
            assertThat(page.atWidth(width).accessibilityViolations()).isEqualTo("[]");
            assertThat(page.screenshot("anonymous-login", width)).isEmpty();
        }
    }

    private static String screenshotName(String persona, int number, String path) {
        String page = path.replaceFirst("^/admin/?", "")
                .replaceAll("/articles/\\d+/", "/article/")
                .replaceAll("\\d+", "n")
                .replaceAll("[^A-Za-z]+", "-")
                .replaceAll("(^-|-$)", "");
        return "quality-%s-%02d-%s".formatted(persona, number + 1, page.isEmpty() ? "dashboard" : page);
    }

    @Test
    void everyPageIsValidHtmlAndSaysEverythingInEachLanguage() throws Exception {
        List<String> problems = new ArrayList<>();
        NuChecker checker = new NuChecker();
        List<Persona> everyone = new ArrayList<>(personas.values());
        everyone.add(new Persona("anonymous", null, List.of("/login")));
        for (Persona persona : everyone) {
            for (String path : persona.paths()) {
                for (String language : languages.codes()) {
                    MockHttpServletRequestBuilder request = get(path).header("Accept-Language", language);
                    if (persona.username() != null) {
                        request = request.with(user(persona.username()));
                    }
                    MockHttpServletResponse response =
                            mvc.perform(request).andReturn().getResponse();
                    String html = response.getContentAsString();
                    String where = persona.name() + " " + path + " in " + language;
                    Document page = Jsoup.parse(html);
                    // A refusal by Spring Security is rendered by the servlet container's error page; MockMvc has none.
                    boolean rendered = !html.isEmpty();
                    if (response.getStatus() >= 500) {
                        problems.add(where + ": status " + response.getStatus());
                    }
                    MISSING_MESSAGE
                            .matcher(html)
                            .results()
                            .forEach(missing -> problems.add(where + ": " + missing.group()));
                    if (rendered && !language.equals(page.select("html").attr("lang"))) {
                        problems.add(where + ": shown in " + page.select("html").attr("lang"));
                    }
                    if (rendered && (language.equals("en") || language.equals("kk"))) {
                        checker.check(where, path, html);
                    }
                }
            }
        }
        problems.addAll(checker.problems());
        assertThat(problems).isEmpty();
    }
}
