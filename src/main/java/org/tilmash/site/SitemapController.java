package org.tilmash.site;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tilmash.TilmashTransactional;
import org.tilmash.content.LiveVersion;
import org.tilmash.content.ReaderQueries;
import org.tilmash.i18n.InputText;
import org.tilmash.i18n.LanguageRegistry;

/**
 * {@code /sitemap.xml}: every language's home and every live article version, each with {@code hreflang}
 * alternates for the real translations only.
 */
@Controller
class SitemapController {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private final ReaderQueries reader;
    private final LanguageRegistry languages;
    private final SiteProperties properties;
    private final HttpCaching caching;

    private final SiteOrigin siteOrigin;

    SitemapController(
            ReaderQueries reader,
            LanguageRegistry languages,
            SiteProperties properties,
            HttpCaching caching,
            SiteOrigin siteOrigin) {
        this.siteOrigin = siteOrigin;
        this.reader = reader;
        this.languages = languages;
        this.properties = properties;
        this.caching = caching;
    }

    // One read-only transaction (one session, one connection) for all the page's queries.
    @TilmashTransactional(readOnly = true)
    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(
            jakarta.servlet.http.HttpServletResponse response,
            org.springframework.web.context.request.WebRequest webRequest)
            throws XMLStreamException {
        Map<Long, List<LiveVersion>> live = reader.allLive();
        PageTags tags = new PageTags("sitemap", java.util.Set.of(PageTags.SITE, PageTags.SITEMAP));
        if (caching.notModified(webRequest, response, null, tags, "sitemap", live)) {
            return null;
        }
        String origin = siteOrigin.get();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NS);
        xml.writeNamespace("xhtml", XHTML_NS);
        List<Alternate> homes = languages.all().stream()
                .map(language -> new Alternate(language.code(), origin + SiteUrls.home(language.code())))
                .toList();
        for (Alternate home : homes) {
            url(xml, home.href(), null, homes);
        }
        for (Map.Entry<Long, List<LiveVersion>> article : live.entrySet()) {
            List<Alternate> translations = article.getValue().stream()
                    .map(version -> new Alternate(
                            version.language(),
                            origin + SiteUrls.article(version.language(), version.articleId(), version.slug())))
                    .toList();
            for (int i = 0; i < translations.size(); i++) {
                url(xml, translations.get(i).href(), article.getValue().get(i).lastModified(), translations);
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
    }

    private static void url(XMLStreamWriter xml, String loc, Instant lastModified, List<Alternate> alternates)
            throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        if (lastModified != null) {
            element(xml, "lastmod", lastModified.toString());
        }
        for (Alternate alternate : alternates) {
            xml.writeEmptyElement("xhtml", "link", XHTML_NS);
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("hreflang", alternate.hreflang());
            xml.writeAttribute("href", InputText.xml(alternate.href()));
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(InputText.xml(text));
        xml.writeEndElement();
    }

    private record Alternate(String hreflang, String href) {}
}
