package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.accounts.Role;
import org.tilmash.content.ContentService;
import org.tilmash.content.VersionView;
import org.tilmash.support.Fixture;

/**
 * Which languages exist, and which may be an article's source or a translation's pivot, is configuration: here
 * Russian is switched off and Persian, a ninth language, is a source language, and every back-office page still
 * works and offers exactly the configured languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConfiguredLanguagesTest {

    private static final List<String> FALLING_BACK_TO_RUSSIAN = List.of("kk", "ky", "tg", "tk", "uz", "az");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixture fixture;

    @Autowired
    ContentService content;

    @DynamicPropertySource
    static void languages(DynamicPropertyRegistry registry) {
        registry.add("tilmash.i18n.bundles-dir", ConfiguredLanguagesTest::persianBundle);
        registry.add("tilmash.i18n.languages.ru.enabled", () -> "false");
        FALLING_BACK_TO_RUSSIAN.forEach(
                code -> registry.add("tilmash.i18n.languages." + code + ".fallbacks", () -> "en"));
        registry.add("tilmash.i18n.languages.fa.native-name", () -> "فارسی");
        registry.add("tilmash.i18n.languages.fa.script", () -> "Arab");
        registry.add("tilmash.i18n.languages.fa.direction", () -> "rtl");
        registry.add("tilmash.i18n.languages.fa.fallbacks", () -> "en");
        registry.add("tilmash.i18n.languages.fa.source", () -> "true");
    }

    private static String persianBundle() {
        try {
            Path dir = Files.createTempDirectory("tilmash-i18n");
            Files.writeString(dir.resolve("messages_fa.properties"), "home.latest=آخرین اخبار\n");
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document page(String path, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void editorsStartArticlesInTheConfiguredSourceLanguagesAndEveryBackOfficePageWorks() throws Exception {
        String editor = fixture.account("editor", Role.EDITOR);
        String reviewer = fixture.account("reviewer", Role.REVIEWER, "fa", "en", "kk");
        String translator = fixture.account("translator", Role.TRANSLATOR, "kk");
        String admin = fixture.account("admin", Role.ADMIN);

        Document form = page("/admin/articles/new", editor);
        assertThat(form.select("select[name=sourceLanguage] option").eachAttr("value"))
                .containsExactlyInAnyOrder("en", "fa");

        mvc.perform(post("/admin/articles/new")
                        .param("sectionId", fixture.section("Persian news").id().toString())
                        .param("sourceLanguage", "fa")
                        .param("title", "نشست آب در دوشنبه")
                        .param("intro", "وزیران گرد آمدند.")
                        .param("body", "<p>متن</p>")
                        .param("slug", "")
                        .with(user(editor))
                        .with(csrf()))
                .andExpect(status().isFound());
        Fixture.Article english = fixture.article("en")
                .by(editor)
                .reviewedBy(reviewer)
                .published("en", Fixture.text("Water summit in Dushanbe", "Ministers met."))
                .draft("kk", Fixture.text("Душанбедегі су саммиті", "Министрлер жиналды."))
                .create();
        VersionView persian =
                content.openWork(editor, Set.of("fa"), 0, 1).getContent().getFirst();
        assertThat(persian.original()).isTrue();
        assertThat(persian.sourceLanguage()).isEqualTo("fa");

        Map<String, List<String>> pagesByPerson = Map.of(
                editor,
                List.of(
                        "/admin",
                        "/admin/inbox",
                        "/admin/profile",
                        "/admin/articles/new",
                        "/admin/articles/" + persian.articleId() + "/fa",
                        "/admin/articles/" + persian.articleId() + "/fa/edit",
                        "/admin/articles/" + persian.articleId() + "/fa/gallery",
                        "/admin/articles/" + english.id() + "/en"),
                translator,
                List.of(
                        "/admin",
                        "/admin/translations",
                        "/admin/articles/" + english.id() + "/kk",
                        "/admin/articles/" + english.id() + "/kk/translate"),
                reviewer,
                List.of("/admin", "/admin/articles/" + persian.articleId() + "/fa"),
                admin,
                List.of("/admin", "/admin/users", "/admin/audit", "/admin/security-log"));
        for (var person : pagesByPerson.entrySet()) {
            for (String path : person.getValue()) {
                assertThat(page(path, person.getKey()).select("html").attr("lang"))
                        .as(path)
                        .isNotBlank();
            }
        }
        Document queue = page("/admin/translations", translator);
        assertThat(queue.select("select[name=pivot] option").eachAttr("value")).containsExactlyInAnyOrder("en", "fa");
        assertThat(queue.text()).doesNotContain("Русский");
    }
}
