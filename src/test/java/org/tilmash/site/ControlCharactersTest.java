package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.VersionView;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.translation.XliffFiles;
import org.w3c.dom.Document;

/**
 * Invisible characters typed or pasted into a text: stripped on the way in, refused where they cannot be stored, and
 * never able to break a feed, the sitemap or an XLIFF file for everyone, even when older data still holds them.
 */
@TilmashTest
class ControlCharactersTest {

    @Autowired
    Fixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentService content;

    @Autowired
    AccountService accounts;

    @Autowired
    XliffFiles xliff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    private String editor;
    private String reviewer;
    private String translator;
    private Long articleId;

    @BeforeEach
    void people() {
        editor = TestAccounts.create(accounts, "editor", Map.of(Role.EDITOR, Set.of()));
        reviewer = TestAccounts.create(accounts, "reviewer", Map.of(Role.REVIEWER, Set.of("en")));
        translator = TestAccounts.create(accounts, "translator", Map.of(Role.TRANSLATOR, Set.of("tk")));
        articleId = fixture.article("en")
                .by(editor)
                .draft("en", new ArticleText("Draft", "", "<p>Draft</p>"))
                .create()
                .id();
    }

    private VersionView publish(ArticleText text) {
        return content.version(fixture.publish(articleId, "en", text, editor, reviewer))
                .orElseThrow();
    }

    private static Document wellFormed(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private MockHttpServletResponse fetch(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    @Test
    void controlCharactersAreDroppedAndTextIsStoredInNfc() throws Exception {
        VersionView published = publish(new ArticleText(
                "Dam\u000B opens\u0007 in Nure\u0301k", "Line one\r\nline\ttwo\u001B", "<p>Body\u000C text</p>"));

        ArticleText stored = published.published().text();
        assertThat(stored.title()).isEqualTo("Dam opens in Nur\u00e9k");
        assertThat(stored.intro()).isEqualTo("Line one\nline\ttwo");
        assertThat(stored.body()).isEqualTo("<p>Body text</p>");

        MockHttpServletResponse feed = fetch("/en/feed.xml");
        assertThat(feed.getStatus()).isEqualTo(200);
        assertThat(wellFormed(feed.getContentAsByteArray()).getDocumentElement().getTextContent())
                .contains("Dam opens in Nur\u00e9k");
        assertThat(publish(new ArticleText("Vertical\u000Btab and form\u000Cfeed", "Old\rMac", "<p>Body</p>"))
                        .published()
                        .text())
                .as("a control character between words still separates them")
                .extracting(ArticleText::title, ArticleText::intro)
                .containsExactly("Vertical tab and form feed", "Old\nMac");
    }

    @Test
    void textStoredBeforeTheRuleStillGivesAWellFormedFeedSitemapAndAnImportableXliffFile() throws Exception {
        VersionView published = publish(new ArticleText("Clean title", "Intro", "<p>Body</p>"));
        // As if written before text was normalised on the way in: a vertical tab and a lone surrogate.
        jdbc.update(
                "update tilmash_revision set title = ?, intro = ? where id = ?",
                "Vertical\u000Btab",
                "Broken \uD800 pair",
                published.published().id());

        try {
            assertXmlWritersCopeWithStoredControlCharacters();
        } finally {
            // The site is shared with other tests, which check its pages as they are now: put the text right again.
            jdbc.update(
                    "update tilmash_revision set title = ?, intro = ? where id = ?",
                    "Clean title",
                    "Intro",
                    published.published().id());
        }
    }

    private void assertXmlWritersCopeWithStoredControlCharacters() throws Exception {
        MockHttpServletResponse feed = fetch("/en/feed.xml");
        assertThat(feed.getStatus()).isEqualTo(200);
        assertThat(wellFormed(feed.getContentAsByteArray()).getDocumentElement().getTextContent())
                .contains("Verticaltab");
        MockHttpServletResponse sitemap = fetch("/sitemap.xml");
        assertThat(sitemap.getStatus()).isEqualTo(200);
        wellFormed(sitemap.getContentAsByteArray());

        String file = SignedIn.as(translator, () -> xliff.export(List.of(articleId), "tk", "en"));
        wellFormed(file.getBytes(StandardCharsets.UTF_8));
        String translated =
                file.replace("<source>Verticaltab</source>", "<source>Verticaltab</source><target>Dik</target>");
        XliffFiles.Imported imported =
                SignedIn.as(translator, () -> xliff.importFile(translated.getBytes(StandardCharsets.UTF_8)));
        assertThat(imported.drafts()).isEqualTo(1);
        assertThat(content.findVersion(articleId, "tk").orElseThrow().working().title())
                .isEqualTo("Dik");
    }

    @Test
    void aNulIsRefusedWithAClearMessageAndTheFormKeepsWhatWasTyped() throws Exception {
        publish(new ArticleText("Before", "", "<p>Before</p>"));
        VersionView before = content.findVersion(articleId, "en").orElseThrow();
        int revisions = content.history(before.id()).size();

        String page = mvc.perform(post("/admin/articles/" + articleId + "/en/edit")
                        .with(user(editor))
                        .with(csrf())
                        .param("title", "Pasted\u0000title")
                        .param("intro", "Typed intro")
                        .param("body", "<p>Typed body</p>")
                        .param("expectedVersion", String.valueOf(before.version())))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(org.jsoup.Jsoup.parse(page).select("[role=alert]").text())
                .contains(messages.getMessage("text.error.nul", null, Locale.ENGLISH));
        assertThat(page).contains("Typed intro").contains("Typed body");
        assertThat(content.history(before.id())).hasSize(revisions);
    }

    @Test
    void theApiRefusesANulAndOverlongFieldsWithA400ThatSaysWhy() throws Exception {
        MockHttpServletResponse nul = mvc.perform(put("/api/articles/" + articleId + "/en")
                        .with(user(editor))
                        .with(csrf())
                        .header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"A\\u0000B\",\"intro\":\"\",\"body\":\"\"}"))
                .andReturn()
                .getResponse();
        assertThat(nul.getStatus()).isEqualTo(400);
        assertThat(nul.getContentAsString(StandardCharsets.UTF_8))
                .contains(messages.getMessage("text.error.nul", null, Locale.forLanguageTag("ru")));

        MockHttpServletResponse tooLong = mvc.perform(put("/api/articles/" + articleId + "/en")
                        .with(user(editor))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + "x".repeat(301) + "\",\"intro\":\"\",\"body\":\"\"}"))
                .andReturn()
                .getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString(StandardCharsets.UTF_8)).contains("text.error.titleTooLong");
        assertThat(content.findVersion(articleId, "en").orElseThrow().working().title())
                .as("nothing saved")
                .isEqualTo("Draft");
    }
}
