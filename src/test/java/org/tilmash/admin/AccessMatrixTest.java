package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.VersionView;
import org.tilmash.media.Gallery;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TestImages;
import org.tilmash.support.TilmashTest;

/**
 * Every back-office and API endpoint, found in Spring MVC's request mappings, is requested by every kind of user for
 * a language in their scope and one outside it. Each answer must be the one the rules below expect, and a refused
 * request, like every GET, must leave the database exactly as it was. An endpoint without a rule fails the test.
 */
@TilmashTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final String IN_SCOPE = "kk";
    private static final String OUT_OF_SCOPE = "ru";
    private static final String NO_LANGUAGE = "-";

    enum Who {
        ANONYMOUS,
        ADMIN,
        EDITOR,
        TRANSLATOR_KK,
        REVIEWER_KK
    }

    /** What a kind of user may do in a language, as the product defines it. */
    private static boolean canView(Who who, String lang) {
        return canEdit(who, lang) || canReview(who, lang);
    }

    private static boolean canEdit(Who who, String lang) {
        return who == Who.EDITOR || (who == Who.TRANSLATOR_KK && lang.equals(IN_SCOPE));
    }

    private static boolean canReview(Who who, String lang) {
        return who == Who.REVIEWER_KK && lang.equals(IN_SCOPE);
    }

    /** Who may call an endpoint, the status they then get, and the request details a successful call needs. */
    record Rule(BiPredicate<Who, String> allowed, int status, UnaryOperator<MockHttpServletRequestBuilder> details) {

        static Rule of(BiPredicate<Who, String> allowed, int status) {
            return new Rule(allowed, status, UnaryOperator.identity());
        }
    }

    @Autowired
    Fixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountService accounts;

    @Autowired
    ContentService content;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Gallery gallery;

    private final Map<Who, String> usernames = new EnumMap<>(Who.class);
    private final AtomicInteger created = new AtomicInteger();
    private Long articleId;
    private String articleEditor;
    private Long sectionId;
    private Long targetUserId;
    private Long keptImageId;
    private Long removableImageId;

    @BeforeAll
    void createUsersAndAnArticle() {
        Map<Who, Map<Role, Set<String>>> grants = Map.of(
                Who.ADMIN, Map.of(Role.ADMIN, Set.of()),
                Who.EDITOR, Map.of(Role.EDITOR, Set.of()),
                Who.TRANSLATOR_KK, Map.of(Role.TRANSLATOR, Set.of(IN_SCOPE)),
                Who.REVIEWER_KK, Map.of(Role.REVIEWER, Set.of(IN_SCOPE)));
        grants.forEach((who, roles) -> {
            String username = TestAccounts.unique(who.name().toLowerCase(Locale.ROOT));
            accounts.create(username, TestAccounts.PASSWORD, who.name(), roles);
            usernames.put(who, username);
        });
        targetUserId = accounts.create(
                        TestAccounts.unique("target"),
                        TestAccounts.PASSWORD,
                        "Target",
                        Map.of(Role.TRANSLATOR, Set.of(IN_SCOPE)))
                .id();
        // A published original, so translators have something to translate from.
        Fixture.Article article = fixture.article("en")
                .published("en", new ArticleText("Matrix en", "Matrix intro", "<p>Text</p>"))
                .draft(IN_SCOPE, new ArticleText("Matrix " + IN_SCOPE, "Matrix intro", "<p>Text</p>"))
                .draft(OUT_OF_SCOPE, new ArticleText("Matrix " + OUT_OF_SCOPE, "Matrix intro", "<p>Text</p>"))
                .create();
        sectionId = article.sectionId();
        articleId = article.id();
        articleEditor = article.editor();
        keptImageId = image("kept.png");
        removableImageId = image("removable.png");
    }

    private Long image(String name) {
        byte[] png = TestImages.png(40, 30, java.awt.Color.BLUE);
        return SignedIn.as(
                        articleEditor,
                        () -> gallery.upload(
                                articleId, name, png.length, new ByteArrayResource(png), "matrix", Optional.empty()))
                .image()
                .orElseThrow()
                .id();
    }

    private Map<String, Rule> rules() {
        BiPredicate<Who, String> everyone = (who, lang) -> true;
        BiPredicate<Who, String> signedIn = (who, lang) -> who != Who.ANONYMOUS;
        BiPredicate<Who, String> admins = (who, lang) -> who == Who.ADMIN;
        BiPredicate<Who, String> editors = (who, lang) -> who == Who.EDITOR;
        String password = TestAccounts.PASSWORD;
        Map<String, Rule> rules = new LinkedHashMap<>();
        rules.put("GET /login", Rule.of(everyone, 200));
        rules.put("GET /admin", Rule.of(signedIn, 200));
        rules.put("GET /admin/", Rule.of(signedIn, 200));
        rules.put("GET /admin/profile", Rule.of(signedIn, 200));
        rules.put("GET /admin/unsaved", Rule.of(signedIn, 302));
        rules.put("POST /admin/profile/language", new Rule(signedIn, 302, request -> request.param("language", "en")));
        rules.put(
                "POST /admin/profile/password",
                new Rule(
                        signedIn,
                        302,
                        // Each person changes it once, and nothing else here signs in with it.
                        request -> request.param("currentPassword", password)
                                .param("newPassword", password + "-changed")
                                .param("confirmPassword", password + "-changed")));
        rules.put(
                "POST /admin/profile/email",
                new Rule(signedIn, 302, request -> request.param("email", "someone@example.org")));
        rules.put("GET /admin/users", Rule.of(admins, 200));
        rules.put("GET /admin/users/new", Rule.of(admins, 200));
        rules.put(
                "POST /admin/users",
                new Rule(
                        admins,
                        302,
                        request -> request.param("username", "created-" + created.incrementAndGet())
                                .param("displayName", "Created")
                                .param("roles", "EDITOR")));
        rules.put("GET /admin/users/{id}", Rule.of(admins, 200));
        rules.put(
                "POST /admin/users/{id}",
                new Rule(
                        admins,
                        302,
                        request -> request.param("displayName", "Target")
                                .param("roles", "TRANSLATOR")
                                .param("translatorLanguages", IN_SCOPE)));
        rules.put("POST /admin/users/{id}/disable", Rule.of(admins, 302));
        rules.put("POST /admin/users/{id}/unlock", Rule.of(admins, 302));
        rules.put("POST /admin/users/{id}/enable", Rule.of(admins, 302));
        rules.put("POST /admin/users/{id}/one-time-password", Rule.of(admins, 302));
        rules.put("GET /admin/security-log", Rule.of(admins, 200));
        rules.put("GET /admin/import", Rule.of(admins, 200));
        rules.put("GET /admin/import/status", new Rule(admins, 404, request -> request.param("job", "none")));
        // Without a database address the import is refused on its page; the import tests run real ones.
        rules.put("POST /admin/import", new Rule(admins, 302, request -> request.param("source", "joomla")));
        rules.put("GET /admin/articles/{id}/{lang}", Rule.of(AccessMatrixTest::canView, 200));
        rules.put("GET /admin/articles/{id}/{lang}/edit", Rule.of(AccessMatrixTest::canEdit, 200));
        rules.put(
                "POST /admin/articles/{id}/{lang}/edit",
                new Rule(
                        AccessMatrixTest::canEdit,
                        302,
                        request -> request.param("title", "Edited")
                                .param("intro", "")
                                .param("body", "<p>Edited</p>")));
        rules.put(
                "POST /admin/articles/{id}/{lang}/edit/merge",
                new Rule(
                        AccessMatrixTest::canEdit,
                        302,
                        request -> request.param("title", "Merged")
                                .param("intro", "")
                                .param("body", "<p>Merged</p>")
                                .param("part-0", "MINE")
                                .param("confirmOverwrite", "true")));
        rules.put(
                "GET /admin/articles/{id}/{lang}/revisions/{number}",
                Rule.of((who, lang) -> canView(who, lang) || who == Who.ADMIN, 200));
        rules.put("GET /admin/articles/{id}/{lang}/source", Rule.of(AccessMatrixTest::canView, 200));
        rules.put("POST /admin/articles/{id}/{lang}/submit", Rule.of(AccessMatrixTest::canEdit, 302));
        rules.put("POST /admin/articles/{id}/{lang}/approve", Rule.of(AccessMatrixTest::canReview, 302));
        rules.put(
                "POST /admin/articles/{id}/{lang}/request-changes",
                new Rule(
                        AccessMatrixTest::canReview,
                        302,
                        request -> request.param("comment", "Please shorten the intro.")));
        rules.put("POST /admin/articles/{id}/{lang}/unpublish", Rule.of(AccessMatrixTest::canReview, 302));
        rules.put(
                "POST /admin/articles/{id}/{lang}/restore",
                new Rule(AccessMatrixTest::canEdit, 302, request -> request.param("revision", "1")));
        rules.put(
                "GET /admin/articles/{id}/{lang}/diff",
                new Rule(
                        AccessMatrixTest::canView,
                        200,
                        request -> request.param("from", "1").param("to", "1")));
        rules.put("GET /admin/articles/{id}/{lang}/gallery", Rule.of(AccessMatrixTest::canEdit, 200));
        rules.put(
                "POST /admin/articles/{id}/{lang}/gallery/texts",
                new Rule(
                        AccessMatrixTest::canEdit,
                        302,
                        request -> request.param("alt-" + keptImageId, "A blue rectangle")
                                .param("caption-" + keptImageId, "")
                                .param("credit-" + keptImageId, "")));
        BiPredicate<Who, String> galleryManagers = editors;
        rules.put("POST /admin/articles/{id}/gallery/upload", Rule.of(galleryManagers, 200));
        rules.put(
                "POST /admin/articles/{id}/gallery/order",
                new Rule(
                        galleryManagers,
                        204,
                        request -> request.param("image", String.valueOf(removableImageId))
                                .param("image", String.valueOf(keptImageId))));
        rules.put(
                "POST /admin/articles/{id}/gallery/remove",
                new Rule(galleryManagers, 302, request -> request.param("image", String.valueOf(removableImageId))));
        rules.put(
                "POST /admin/articles/{id}/gallery/lead",
                new Rule(galleryManagers, 302, request -> request.param("image", String.valueOf(keptImageId))));
        rules.put("GET /admin/articles/new", Rule.of(editors, 200));
        rules.put(
                "POST /admin/articles/new",
                new Rule(
                        editors,
                        302,
                        request -> request.param("sourceLanguage", "en")
                                .param("sectionId", String.valueOf(sectionId))
                                .param("title", "Created in the matrix")));
        rules.put("GET /admin/articles", Rule.of(signedIn, 200));
        // Each item of a bulk action is checked by the workflow itself; ArticlesListTest covers refusals per item.
        rules.put(
                "POST /admin/articles/bulk",
                new Rule(
                        signedIn,
                        200,
                        request -> request.param("article", String.valueOf(articleId))
                                .param("language", "en")
                                .param("action", "SUBMIT")));
        rules.put(
                "POST /admin/articles/bulk/run",
                new Rule(
                        signedIn,
                        302,
                        request -> request.param("article", String.valueOf(articleId))
                                .param("language", "en")
                                .param("action", "MOVE")
                                .param("sectionId", String.valueOf(sectionId))));
        rules.put("GET /admin/sections", Rule.of(editors, 200));
        rules.put("GET /admin/sections/new", Rule.of(editors, 200));
        rules.put(
                "POST /admin/sections",
                new Rule(editors, 302, request -> request.param("names[en]", "Matrix section")));
        rules.put("GET /admin/sections/{id}", Rule.of(editors, 200));
        rules.put("POST /admin/sections/{id}", new Rule(editors, 302, request -> request.param("names[en]", "Matrix")));
        rules.put("POST /admin/sections/{id}/move", new Rule(editors, 302, request -> request.param("by", "0")));
        rules.put(
                "POST /admin/sections/{id}/archive",
                new Rule(editors, 302, request -> request.param("archived", "false")));
        // Merging a section into itself is refused on the page; NewsroomSetupContract covers real merges.
        rules.put(
                "POST /admin/sections/{id}/merge",
                new Rule(editors, 302, request -> request.param("into", String.valueOf(sectionId))));
        rules.put(
                "POST /admin/articles/{id}/settings",
                new Rule(
                        editors,
                        302,
                        request -> request.param("back", "en").param("sectionId", String.valueOf(sectionId))));
        rules.put("GET /admin/inbox", Rule.of(signedIn, 200));
        rules.put("POST /admin/inbox/{id}/read", Rule.of(signedIn, 302));
        rules.put("GET /preview/{id}/{lang}", Rule.of(AccessMatrixTest::canView, 200));
        rules.put("GET /admin/audit", Rule.of(admins, 200));
        rules.put("GET /admin/coverage.csv", Rule.of(signedIn, 200));
        rules.put("GET /admin/coverage", Rule.of(signedIn, 200));
        rules.put("GET /admin/media", Rule.of(editors, 200));
        rules.put(
                "POST /admin/articles/{id}/release",
                new Rule(editors, 302, request -> request.param("languages", "en", IN_SCOPE)));
        rules.put("GET /admin/translations", Rule.of(signedIn, 200));
        rules.put("GET /admin/articles/{id}/{lang}/gallery/images.json", Rule.of(AccessMatrixTest::canEdit, 200));
        rules.put(
                "GET /admin/articles/{id}/{lang}/xliff",
                new Rule(AccessMatrixTest::canEdit, 200, request -> request.param("pivot", "en")));
        rules.put(
                "GET /admin/translations/{lang}/xliff",
                new Rule(AccessMatrixTest::canEdit, 200, request -> request.param("pivot", "en")));
        // Without a file the upload is refused on the queue page; XliffTest covers real files.
        rules.put("POST /admin/translations/import", Rule.of(signedIn, 302));
        rules.put("GET /admin/articles/{id}/{lang}/translate", Rule.of(AccessMatrixTest::canEdit, 200));
        rules.put(
                "POST /admin/articles/{id}/{lang}/translate",
                new Rule(
                        AccessMatrixTest::canEdit,
                        302,
                        request -> request.param("pivot", "en")
                                .param("segment", "Translated title", "", "<p>Translated</p>")));
        rules.put("POST /admin/articles/{id}/{lang}/confirm-update", Rule.of(AccessMatrixTest::canEdit, 302));
        rules.put("POST /admin/articles/{id}/{lang}/minor-change", Rule.of(AccessMatrixTest::canEdit, 302));
        rules.put("GET /api/articles/{id}/{lang}", Rule.of(AccessMatrixTest::canView, 200));
        rules.put(
                "PUT /api/articles/{id}/{lang}",
                new Rule(
                        AccessMatrixTest::canEdit,
                        200,
                        request -> request.contentType(MediaType.APPLICATION_JSON)
                                .content("{\"title\":\"Imported\",\"intro\":\"\",\"body\":\"<p>Imported</p>\"}")));
        return rules;
    }

    /** "METHOD /pattern" of every back-office and API endpoint Spring MVC knows. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPathPatternsCondition() == null
                    ? info.getPatternValues()
                    : info.getPathPatternsCondition().getPatternValues();
            for (String pattern : patterns) {
                if (!isBackOfficeOrApi(pattern)) {
                    continue;
                }
                if (info.getMethodsCondition().getMethods().isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                info.getMethodsCondition().getMethods().forEach(method -> endpoints.add(method + " " + pattern));
            }
        }
        return endpoints;
    }

    private static boolean isBackOfficeOrApi(String pattern) {
        return pattern.equals("/login")
                || pattern.equals("/admin")
                || pattern.startsWith("/admin/")
                || pattern.startsWith("/api/")
                || pattern.startsWith("/preview/");
    }

    @Test
    void everyEndpointAnswersEveryUserAsTheRulesSayAndRefusalsChangeNothing() throws Exception {
        Map<String, Rule> rules = rules();
        Set<String> endpoints = endpoints();
        assertThat(endpoints)
                .as("endpoints without a rule in this test; decide who may call them and add one")
                .isSubsetOf(rules.keySet());
        assertThat(rules.keySet())
                .as("rules for endpoints that no longer exist")
                .isSubsetOf(endpoints);

        List<String> failures = new ArrayList<>();
        int combinations = 0;
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            List<String> languages =
                    pattern.contains("{lang}") ? List.of(IN_SCOPE, OUT_OF_SCOPE) : List.of(NO_LANGUAGE);
            for (Who who : Who.values()) {
                for (String lang : languages) {
                    combinations++;
                    check(HttpMethod.valueOf(method), pattern, who, lang, rules.get(endpoint))
                            .ifPresent(failures::add);
                }
            }
        }
        System.out.printf(
                "Access matrix: %d combinations of %d endpoints, %d kinds of user and in/out-of-scope languages%n",
                combinations, endpoints.size(), Who.values().length);
        assertThat(failures).isEmpty();
    }

    private Long idIn(String pattern) {
        if (pattern.startsWith("/admin/users")) {
            return targetUserId;
        }
        return pattern.startsWith("/admin/sections") ? sectionId : articleId;
    }

    private Optional<String> check(HttpMethod method, String pattern, Who who, String lang, Rule rule)
            throws Exception {
        String url =
                pattern.replace("{lang}", lang).replace("{number}", "1").replace("{id}", String.valueOf(idIn(pattern)));
        MockHttpServletRequestBuilder request =
                withExpectedVersion(rule.details().apply(request(method, url).with(csrf())), method, pattern, lang);
        if (who != Who.ANONYMOUS) {
            request.with(user(usernames.get(who)));
        }
        boolean allowed = rule.allowed().test(who, lang);
        String before = databaseFingerprint();
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String where = method + " " + url + " as " + who + ": ";

        int expected = allowed ? rule.status() : who == Who.ANONYMOUS ? anonymousStatus(url) : 403;
        if (response.getStatus() != expected) {
            return Optional.of(where + "status " + response.getStatus() + ", expected " + expected);
        }
        if (!allowed
                && who == Who.ANONYMOUS
                && expected == 302
                && !response.getRedirectedUrl().endsWith("/login")) {
            return Optional.of(where + "sent to " + response.getRedirectedUrl() + " instead of /login");
        }
        if ((!allowed || method == HttpMethod.GET) && !before.equals(databaseFingerprint())) {
            return Optional.of(where + "changed the database");
        }
        return Optional.empty();
    }

    /**
     * Writers send the version they read, as the editor's form and API clients do: a save over a version that exists
     * without it is a conflict, which is another test's subject.
     */
    private MockHttpServletRequestBuilder withExpectedVersion(
            MockHttpServletRequestBuilder request, HttpMethod method, String pattern, String lang) {
        Optional<Long> version = pattern.contains("{lang}")
                ? content.findVersion(articleId, lang).map(VersionView::version)
                : Optional.empty();
        version.ifPresent(seen -> request.param("expectedVersion", String.valueOf(seen)));
        if (pattern.endsWith("/edit/merge")) {
            // A merge names the revision the conflict page showed as the other person's, and the one the user began at.
            content.findVersion(articleId, lang)
                    .map(found -> found.working().id())
                    .ifPresent(revision -> request.param("theirsRevision", String.valueOf(revision))
                            .param("baseRevision", String.valueOf(revision)));
        }
        if (method == HttpMethod.PUT && pattern.startsWith("/api/")) {
            request.content("{\"title\":\"Imported\",\"intro\":\"\",\"body\":\"<p>Imported</p>\",\"version\":"
                    + version.map(String::valueOf).orElse("null") + "}");
        }
        return request;
    }

    private static int anonymousStatus(String url) {
        return url.startsWith("/api/") ? 401 : 302;
    }

    /**
     * Every row of every table, so any write shows, including ones nobody thought of; taken once the search index
     * has followed the earlier requests' changes (it does so after commit, on other threads). The sessions' tables
     * are left out: every request may touch its session (its last access, a CSRF token, the page to return to after
     * signing in), as it did in memory before sessions moved to the database.
     */
    private String databaseFingerprint() {
        org.tilmash.support.SearchIndexing.awaitQuiet(jdbc);
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables"
                        + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'"
                        + " and lower(table_name) not like 'tilmash_session%'",
                String.class);
        return tables.stream()
                .sorted()
                .map(table -> table
                        + jdbc.queryForList("select * from \"" + table + "\"").stream()
                                .map(Object::toString)
                                .sorted()
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
