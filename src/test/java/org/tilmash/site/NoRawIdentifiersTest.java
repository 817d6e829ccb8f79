package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.support.Fixture;
import org.tilmash.support.RawIdentifiers;
import org.tilmash.support.TilmashTest;

/** Readers and staff see states, roles and languages in words, in every language, never as identifiers or codes. */
@TilmashTest
class NoRawIdentifiersTest {

    @Autowired
    Fixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LanguageRegistry languages;

    @Autowired
    AccountService accounts;

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void publicPagesInEveryLanguageIncludingFallbackArticlesShowNoIdentifiers() throws Exception {
        Long id = jdbc.queryForObject(
                "select min(a.id) from tilmash_article a where exists (select 1 from tilmash_article_version v where"
                        + " v.article_id = a.id and v.language = 'ru' and v.published_revision_id is not null)"
                        + " and not exists (select 1 from tilmash_article_version v where v.article_id = a.id"
                        + " and v.language = 'tg' and v.published_revision_id is not null)",
                Long.class);
        List<String> problems = new ArrayList<>();
        for (Language language : languages.all()) {
            for (String path : List.of("/", "/news", "/news/" + id + "-x")) {
                String url = "/" + language.code() + path;
                var result = mvc.perform(get(url)).andReturn().getResponse();
                String location = result.getRedirectedUrl();
                Document shown = page(get(location == null ? url : location));
                RawIdentifiers.in(shown).forEach(found -> problems.add(url + ": " + found));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void backOfficePagesInEveryLanguageShowNoIdentifiers() throws Exception {
        String editor = fixture.account("raw", Role.EDITOR);
        String translator = fixture.account("rawt", Role.TRANSLATOR, "kk", "ky");
        Long articleId = fixture.article("en")
                .by(editor)
                .draft("en", new ArticleText("Raw check", "Intro", "<p>Body</p>"))
                .create()
                .id();
        List<String> problems = new ArrayList<>();
        for (Language language : languages.all()) {
            accounts.changeUiLanguage(editor, language.code());
            accounts.changeUiLanguage(translator, language.code());
            for (String url : List.of("/admin", "/admin/articles/" + articleId + "/en", "/admin/inbox")) {
                RawIdentifiers.in(page(get(url).with(user(editor))))
                        .forEach(found -> problems.add(language.code() + " " + url + ": " + found));
            }
            RawIdentifiers.in(page(get("/admin/translations").with(user(translator))))
                    .forEach(found -> problems.add(language.code() + " /admin/translations: " + found));
        }
        assertThat(problems).isEmpty();
    }
}
