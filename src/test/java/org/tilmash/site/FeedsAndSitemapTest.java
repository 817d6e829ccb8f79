package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.support.TilmashTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@TilmashTest
class FeedsAndSitemapTest {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private String body(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void eachLanguageHasAnAtomFeedOfItsOwnNewestArticlesThatRomeParses() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(body("/kk/feed.xml")));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).isNotEmpty();
        int liveKazakh = jdbc.queryForObject(
                "select count(*) from tilmash_article_version where language = 'kk' and published_revision_id is not null",
                Integer.class);
        assertThat(feed.getEntries()).hasSize(Math.min(20, liveKazakh));
        for (SyndEntry entry : feed.getEntries()) {
            assertThat(entry.getLink()).startsWith("http://localhost/kk/news/");
            assertThat(entry.getPublishedDate()).isNotNull();
            assertThat(entry.getTitle()).isNotBlank();
        }
        assertThat(feed.getEntries().stream().map(SyndEntry::getPublishedDate).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theFeedNamesItselfAndEveryEntryHasAnAuthorAsAtomRequires() throws Exception {
        org.jsoup.nodes.Document atom =
                org.jsoup.Jsoup.parse(body("/ru/feed.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(atom.select("feed > link[rel=self]").attr("href")).isEqualTo("http://localhost/ru/feed.xml");
        assertThat(atom.select("feed > link[rel=self]").attr("type")).isEqualTo("application/atom+xml");
        assertThat(atom.select("feed > author > name").text()).isEqualTo("Тилмаш");
        assertThat(atom.select("entry"))
                .isNotEmpty()
                .allSatisfy(entry ->
                        assertThat(entry.select("author > name").text()).isNotBlank());
    }

    @Test
    void theSitemapListsEveryLiveVersionWithAlternatesForRealTranslationsOnly() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document sitemap = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(
                        body("/sitemap.xml").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP_NS, "url");
        List<String> locs = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent();
            locs.add(loc);
            NodeList links = url.getElementsByTagNameNS(XHTML_NS, "link");
            Set<String> hreflangs = new TreeSet<>();
            for (int j = 0; j < links.getLength(); j++) {
                hreflangs.add(((Element) links.item(j)).getAttribute("hreflang"));
            }
            if (loc.matches(".*/news/(\\d+)-.*")) {
                long id = Long.parseLong(loc.replaceAll(".*/news/(\\d+)-.*", "$1"));
                Set<String> real = new TreeSet<>(jdbc.queryForList(
                        "select language from tilmash_article_version where article_id = ? and published_revision_id is not null",
                        String.class,
                        id));
                assertThat(hreflangs).as(loc).isEqualTo(real);
            }
        }
        int live = jdbc.queryForObject(
                "select count(*) from tilmash_article_version where published_revision_id is not null", Integer.class);
        assertThat(locs.stream().filter(loc -> loc.contains("/news/")).count()).isEqualTo(live);
        Map<Boolean, Long> homes = locs.stream()
                .collect(Collectors.partitioningBy(
                        loc -> loc.matches("http://localhost/[a-z]{2}/"), Collectors.counting()));
        assertThat(homes.get(true)).isEqualTo(8);
    }
}
