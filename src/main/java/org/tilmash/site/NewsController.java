package org.tilmash.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.tilmash.TilmashTransactional;
import org.tilmash.content.ListedArticle;
import org.tilmash.content.ReaderQueries;
import org.tilmash.content.SectionView;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.TilmashMessages;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;
import org.tilmash.migration.LegacyAddresses;

/**
 * The home page and the news listings, all and per section. The old site's list links ({@code ?start=},
 * {@code ?limitstart=}, {@code ?format=feed}) are redirected once to the page showing the same items (the last page
 * when there are fewer now); malformed values are ignored.
 */
@Controller
class NewsController {

    static final String HOME_VIEW = "tilmash/site/home";
    static final String LIST_VIEW = "tilmash/site/news";

    private final ReaderQueries reader;
    private final ReaderContext context;
    private final PageMetaFactory meta;
    private final HttpCaching caching;
    private final SiteProperties properties;
    private final TilmashMessages messages;
    private final Gallery gallery;
    private final LegacyRedirects legacy;
    private final LegacyAddresses legacyAddresses;

    NewsController(
            ReaderQueries reader,
            ReaderContext context,
            PageMetaFactory meta,
            HttpCaching caching,
            SiteProperties properties,
            TilmashMessages messages,
            Gallery gallery,
            LegacyRedirects legacy,
            LegacyAddresses legacyAddresses) {
        this.reader = reader;
        this.context = context;
        this.meta = meta;
        this.caching = caching;
        this.properties = properties;
        this.messages = messages;
        this.gallery = gallery;
        this.legacy = legacy;
        this.legacyAddresses = legacyAddresses;
    }

    // One read-only transaction (one session, one connection) for all the page's queries.
    @TilmashTransactional(readOnly = true)
    @GetMapping("/{lang}/")
    ModelAndView home(
            @PathVariable String lang,
            HttpServletRequest request,
            HttpServletResponse response,
            WebRequest webRequest) {
        Language language = context.language(lang);
        List<ListedArticle> latest = reader.page(lang, Optional.empty(), context.scope(), 0, properties.getHomeSize());
        List<SectionLink> sections = context.sectionLinks(language, Optional.empty());
        Map<Long, Long> imageCounts = imageCounts(latest);
        Map<Long, Image> leadImages = leadImages(latest);
        PageTags tags = PageTags.of("home", lang)
                .key(PageTags.listings(lang))
                .articles(latest)
                .build();
        if (caching.notModified(
                webRequest, response, null, tags, "home", lang, latest, sections, imageCounts, leadImages)) {
            return null;
        }
        return new ModelAndView(HOME_VIEW)
                .addObject("articles", latest)
                .addObject("imageCounts", imageCounts)
                .addObject("leadImages", leadImages)
                .addObject("sections", sections)
                .addObject("sectionNames", sectionNames(sections))
                .addObject("meta", meta.everyLanguage(request, language, SiteUrls::home, "/", tagline(language)));
    }

    // One read-only transaction (one session, one connection) for all the page's queries.
    @TilmashTransactional(readOnly = true)
    @GetMapping("/{lang}/news")
    ModelAndView allNews(
            @PathVariable String lang,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam Map<String, String> query,
            HttpServletRequest request,
            HttpServletResponse response,
            WebRequest webRequest) {
        return listing(lang, Optional.empty(), page, query, request, response, webRequest);
    }

    // One read-only transaction (one session, one connection) for all the page's queries.
    @TilmashTransactional(readOnly = true)
    @GetMapping("/{lang}/news/{section:[a-z][a-z0-9-]*}")
    ModelAndView section(
            @PathVariable String lang,
            @PathVariable String section,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam Map<String, String> query,
            HttpServletRequest request,
            HttpServletResponse response,
            WebRequest webRequest) {
        SectionView found = reader.section(lang, section).orElseThrow(ReaderContext::notFound);
        if (!found.slug(lang).equals(section)) {
            // An old slug: one redirect, to the page that shows what the link showed.
            Optional<Integer> offset = legacyAddresses.listingOffset(query);
            return Redirects.permanent(offset.map(
                            start -> legacy.listing(context.language(lang), Optional.of(found), start))
                    .orElseGet(() -> SiteUrls.page(SiteUrls.section(lang, found.slug(lang)), page)));
        }
        return listing(lang, Optional.of(found), page, query, request, response, webRequest);
    }

    private ModelAndView listing(
            String lang,
            Optional<SectionView> section,
            int page,
            Map<String, String> query,
            HttpServletRequest request,
            HttpServletResponse response,
            WebRequest webRequest) {
        Language language = context.language(lang);
        Optional<Integer> offset = legacyAddresses.listingOffset(query);
        if (offset.isPresent() || legacyAddresses.isFeed(query)) {
            // The old site's menu path may have been this very path: it knows which list the link showed.
            return legacy.redirect(request)
                    .orElseGet(() -> legacyAddresses.isFeed(query)
                            ? Redirects.permanent(SiteUrls.feed(lang))
                            : Redirects.permanent(legacy.listing(language, section, offset.get())));
        }
        String base = listingPath(lang, section);
        int size = properties.getPageSize();
        List<SectionLink> sections = context.sectionLinks(language, section.map(SectionView::id));
        Pagination counted = Pagination.of(page, context.listingTotal(language, section), size, base);
        if (!counted.exists()) {
            throw ReaderContext.notFound();
        }
        List<ListedArticle> articles = startingNextTo(query, page)
                .map(start -> reader.page(lang, section, context.scope(), start, size))
                .filter(keyed -> keyed.size() == size || (page == counted.pages() && !keyed.isEmpty()))
                .orElseGet(() -> reader.page(lang, section, context.scope(), page - 1, size));
        Pagination pagination = counted.showing(articles);
        Map<Long, Long> imageCounts = imageCounts(articles);
        Map<Long, Image> leadImages = leadImages(articles);
        PageTags.Builder tags = PageTags.of(section.isPresent() ? "section" : "listing", lang)
                .key(PageTags.listings(lang))
                .articles(articles);
        section.ifPresent(s -> tags.key(PageTags.section(s.id())));
        if (caching.notModified(
                webRequest, response, null, tags.build(), base, page, articles, sections, imageCounts, leadImages)) {
            return null;
        }
        String heading = section.map(s -> s.name(context.chain(language)))
                .orElseGet(() -> messages.getMessage("news.title", null, language.locale()));
        return new ModelAndView(LIST_VIEW)
                .addObject("heading", heading)
                .addObject("articles", articles)
                .addObject("imageCounts", imageCounts)
                .addObject("leadImages", leadImages)
                .addObject("pagination", pagination)
                .addObject("sections", sections)
                .addObject("sectionNames", sectionNames(sections))
                .addObject("meta", listingMeta(request, language, section, page, heading));
    }

    private PageMeta listingMeta(
            HttpServletRequest request, Language language, Optional<SectionView> section, int page, String heading) {
        Function<String, String> firstPageIn = code -> listingPath(code, section);
        if (page > 1) {
            return meta.withoutAlternates(
                    language, firstPageIn, SiteUrls.page(firstPageIn.apply(language.code()), page), heading);
        }
        return meta.everyLanguage(
                request,
                language,
                firstPageIn,
                firstPageIn.apply(context.defaultLanguage().code()),
                heading);
    }

    /**
     * The article a page reached by "previous" or "next" starts next to ({@link Pagination#nextHref}); none on page 1,
     * or when the parameter is not an article id. A page whose article is no longer listed next to a full page is
     * found by its number instead.
     */
    static Optional<ReaderQueries.PageStart> startingNextTo(Map<String, String> query, int page) {
        if (page <= 1) {
            return Optional.empty();
        }
        return articleId(query.get(Pagination.AFTER))
                .map(ReaderQueries.PageStart::after)
                .or(() -> articleId(query.get(Pagination.BEFORE)).map(ReaderQueries.PageStart::before));
    }

    private static Optional<Long> articleId(String value) {
        if (value == null
                || value.isEmpty()
                || value.length() > 18
                || !value.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.valueOf(value));
    }

    static String listingPath(String lang, Optional<SectionView> section) {
        return section.map(s -> SiteUrls.section(lang, s.slug(lang))).orElse(SiteUrls.news(lang));
    }

    /**
     * How many images readers see with each listed version, in one query, sorted so the ETag does not depend on map
     * order.
     */
    private Map<Long, Long> imageCounts(List<ListedArticle> articles) {
        return new TreeMap<>(gallery.publishedCounts(
                articles.stream().map(ListedArticle::versionId).toList()));
    }

    /** The lead image readers see with each listed version that has one, in one query, sorted like the counts. */
    private Map<Long, Image> leadImages(List<ListedArticle> articles) {
        Map<Long, String> languages = new TreeMap<>();
        articles.forEach(article -> languages.put(article.versionId(), article.language()));
        return new TreeMap<>(gallery.publishedLeads(languages));
    }

    private static Map<Long, String> sectionNames(List<SectionLink> sections) {
        return sections.stream().collect(Collectors.toMap(SectionLink::id, SectionLink::name));
    }

    private String tagline(Language language) {
        return messages.getMessage("site.tagline", null, language.locale());
    }
}
