package org.tilmash.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tilmash.accounts.SystemTask;
import org.tilmash.content.ContentService;
import org.tilmash.content.VersionView;
import org.tilmash.support.Fixture;
import org.tilmash.support.MariaDb;
import org.tilmash.support.TilmashTest;

/**
 * After a Joomla import every old address answers with one permanent redirect to the article, list or feed it showed,
 * in its language, and never to an unrelated article: SEF paths under the old menus with and without
 * {@code /index.php}, Joomla 4's id-less paths, non-SEF links, list pages and feeds.
 */
@ExtendWith(MariaDb.class)
@TilmashTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OldAddressesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Importer importer;

    @Autowired
    Mapping mapping;

    @Autowired
    ContentService content;

    @Autowired
    Fixture fixture;

    @TempDir
    static Path root;

    OldJoomla site;
    Long ours;
    String oursSlug;

    @BeforeAll
    void importTheOldSite() throws SQLException {
        ours = fixture.article("en")
                .published("en", Fixture.text("Our own story", "Ours."))
                .create()
                .id();
        oursSlug = content.findVersion(ours, "en").orElseThrow().slug();
        try (Connection connection = DriverManager.getConnection(MariaDb.URL, MariaDb.USER, MariaDb.PASSWORD)) {
            site = OldJoomla.write(connection, JoomlaSchema.J4, JoomlaSchema.Dialect.MYSQL, root);
            // The old site's markets item has the id one of our own articles has.
            site.renumber(connection, OldJoomla.MARKETS_ALL, ours);
        }
        SystemTask.run(
                "import-test",
                () -> importer.run(
                        new ImportRequest(site.source(MariaDb.URL, MariaDb.USER, MariaDb.PASSWORD), false, true)));
    }

    private String canonical(int relative, String language) {
        return canonicalOfOld(site.id(relative), language);
    }

    private String canonicalOfOld(long oldId, String language) {
        Long article = mapping.find(JoomlaSite.SOURCE, Mapping.ARTICLE, oldId)
                .orElseThrow()
                .targetId();
        return canonical(article, language);
    }

    private String canonical(Long article, String language) {
        VersionView version = content.findVersion(article, language).orElseThrow();
        return "/" + language + "/news/" + article + "-" + version.slug();
    }

    private String redirect(String url) throws Exception {
        MvcResult result =
                mvc.perform(get(url)).andExpect(status().isMovedPermanently()).andReturn();
        return result.getResponse().getHeader("Location");
    }

    @Test
    void sefPathsUnderTheOldMenusLeadToTheArticleInTheirLanguage() throws Exception {
        String alias = site.alias("water-summit-opens");
        String en = canonical(OldJoomla.SUMMIT_EN, "en");
        assertThat(redirect("/index.php/en/news/" + site.id(OldJoomla.SUMMIT_EN) + "-" + alias))
                .isEqualTo(en);
        assertThat(redirect("/en/news/" + site.id(OldJoomla.SUMMIT_EN) + "-" + alias))
                .isEqualTo(en);
        assertThat(redirect("/en/news/" + alias)).isEqualTo(en);
        assertThat(redirect(
                        "/index.php/ru/novosti/" + site.id(OldJoomla.SUMMIT_RU) + "-" + site.alias("vodnyi-sammit")))
                .isEqualTo(canonical(OldJoomla.SUMMIT_RU, "ru"));
        assertThat(redirect("/kz/news/" + site.id(OldJoomla.SUMMIT_KK) + "-" + site.alias("su-sammiti")))
                .isEqualTo(canonical(OldJoomla.SUMMIT_KK, "kk"));
        mvc.perform(get(en)).andExpect(status().isOk());
    }

    @Test
    void nonSefLinksLeadToTheArticleOrList() throws Exception {
        assertThat(redirect(
                        "/index.php?option=com_content&view=article&id=" + site.id(OldJoomla.SUMMIT_RU) + "&lang=ru"))
                .isEqualTo(canonical(OldJoomla.SUMMIT_RU, "ru"));
        assertThat(redirect("/index.php?option=com_content&view=article&id=" + site.id(OldJoomla.SUMMIT_EN) + ":"
                        + site.alias("water-summit-opens") + "&catid=8&Itemid=101"))
                .isEqualTo(canonical(OldJoomla.SUMMIT_EN, "en"));
        assertThat(redirect("/?option=com_content&view=article&id=" + site.id(OldJoomla.SUMMIT_EN)))
                .isEqualTo(canonical(OldJoomla.SUMMIT_EN, "en"));
        assertThat(redirect("/index.php?option=com_content&view=category&id=" + site.id(OldJoomla.NEWS_CATEGORY)))
                .startsWith("/en/news/" + site.alias("breaking-news"));
    }

    @Test
    void listPagesAndFeedsLeadToTheSameListOnce() throws Exception {
        String section = "/en/news/" + site.alias("breaking-news");
        // Fewer items now than the old page skipped: the last page, never a 404.
        assertThat(redirect("/index.php/en/news?start=192")).isEqualTo(section);
        assertThat(redirect("/en/news?limitstart=40")).isEqualTo(section);
        assertThat(redirect("/index.php/en/news?format=feed&type=rss")).isEqualTo("/en/feed.xml");
        assertThat(redirect("/index.php?option=com_content&view=featured&format=feed&type=atom&lang=ru"))
                .isEqualTo("/ru/feed.xml");
        mvc.perform(get("/en/news?start=abc")).andExpect(status().isOk());
        mvc.perform(get(section)).andExpect(status().isOk());
    }

    @Test
    void anOldIdThatIsAlsoOursLeadsWhereItsAliasSays() throws Exception {
        assertThat(redirect("/en/news/" + ours + "-" + site.alias("markets-stay-calm")))
                .isEqualTo(canonicalOfOld(ours, "en"));
        assertThat(canonicalOfOld(ours, "en")).isNotEqualTo(canonical(ours, "en"));
        mvc.perform(get("/en/news/" + ours + "-" + oursSlug)).andExpect(status().isOk());
        assertThat(redirect("/en/news/" + ours + "-an-old-slug-of-ours")).isEqualTo(canonical(ours, "en"));
    }

    @Test
    void unknownOldAddressesStayNotFound() throws Exception {
        mvc.perform(get("/index.php/en/news/999999999-nothing")).andExpect(status().isNotFound());
        mvc.perform(get("/index.php?option=com_content&view=article&id=999999999"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/2019/01/01/never-was/")).andExpect(status().isNotFound());
    }
}
