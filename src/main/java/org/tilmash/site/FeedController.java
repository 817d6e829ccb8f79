package org.tilmash.site;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.tilmash.TilmashTransactional;
import org.tilmash.content.ListedArticle;
import org.tilmash.content.ReaderQueries;
import org.tilmash.i18n.InputText;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.TilmashMessages;

/** {@code /{lang}/feed.xml}: an Atom feed of the newest articles published in that language itself. */
@Controller
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final ReaderQueries reader;
    private final ReaderContext context;
    private final HttpCaching caching;
    private final SiteProperties properties;
    private final TilmashMessages messages;

    private final SiteOrigin siteOrigin;

    FeedController(
            ReaderQueries reader,
            ReaderContext context,
            HttpCaching caching,
            SiteProperties properties,
            TilmashMessages messages,
            SiteOrigin siteOrigin) {
        this.siteOrigin = siteOrigin;
        this.reader = reader;
        this.context = context;
        this.caching = caching;
        this.properties = properties;
        this.messages = messages;
    }

    // One read-only transaction (one session, one connection) for all the page's queries.
    @TilmashTransactional(readOnly = true)
    @GetMapping("/{lang}/feed.xml")
    ResponseEntity<String> feed(@PathVariable String lang, HttpServletResponse response, WebRequest webRequest)
            throws FeedException {
        Language language = context.language(lang);
        List<ListedArticle> articles =
                reader.page(lang, Optional.empty(), ReaderQueries.Scope.OWN, 0, properties.getFeedSize());
        PageTags tags = PageTags.of("feed", lang)
                .key(PageTags.listings(lang))
                .articles(articles)
                .build();
        if (caching.notModified(webRequest, response, null, tags, "feed", lang, articles)) {
            return null;
        }
        String origin = siteOrigin.get();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        String siteName = InputText.xml(messages.getMessage("site.name", null, language.locale()));
        feed.setTitle(siteName);
        feed.setDescription(InputText.xml(messages.getMessage("site.tagline", null, language.locale())));
        feed.setAuthors(List.of(person(siteName)));
        feed.setLanguage(lang);
        feed.setUri(origin + SiteUrls.feed(lang));
        feed.setLinks(List.of(
                link("alternate", origin + SiteUrls.home(lang), "text/html"),
                link("self", origin + SiteUrls.feed(lang), MediaType.APPLICATION_ATOM_XML_VALUE)));
        feed.setPublishedDate(
                articles.isEmpty() ? new Date(0) : Date.from(articles.getFirst().dateline()));
        feed.setEntries(articles.stream()
                .map(article -> entry(origin, article, siteName))
                .toList());
        return ResponseEntity.ok().contentType(ATOM).body(new SyndFeedOutput().outputString(feed));
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        return person;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    /** Atom wants an author for every entry: its byline, else the site, never an empty name. */
    private static SyndEntry entry(String origin, ListedArticle article, String siteName) {
        String url = origin + SiteUrls.article(article.language(), article.articleId(), article.slug());
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(InputText.xml(article.title()));
        entry.setLink(url);
        entry.setUri(url);
        entry.setPublishedDate(Date.from(article.dateline()));
        entry.setUpdatedDate(Date.from(article.dateline()));
        String byline = InputText.xml(article.byline()).strip();
        entry.setAuthors(List.of(person(byline.isEmpty() ? siteName : byline)));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(InputText.xml(article.intro()));
        entry.setDescription(summary);
        return entry;
    }
}
