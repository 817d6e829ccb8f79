package org.tilmash.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.tilmash.content.ListedArticle;
import org.tilmash.content.ReaderQueries;
import org.tilmash.content.SectionView;
import org.tilmash.i18n.Language;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;

/** The home page and the news listings, all and per section, with legacy {@code ?start=} links redirected. */
@Controller
class NewsController {

    static final String HOME_VIEW = "site/home";
    static final String LIST_VIEW = "site/news";

    private final ReaderQueries reader;
    private final ReaderContext context;
    private final PageMetaFactory meta;
    private final HttpCaching caching;
    private final SiteProperties properties;
    private final MessageSource messages;
    private final Gallery gallery;

    NewsController(
            ReaderQueries reader,
            ReaderContext context,
            PageMetaFactory meta,
            HttpCaching caching,
            SiteProperties properties,
            MessageSource messages,
            Gallery gallery) {
        this.reader = reader;
        this.context = context;
        this.meta = meta;
        this.caching = caching;
        this.properties = properties;
        this.messages = messages;
        this.gallery = gallery;
    }

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
        if (caching.notModified(webRequest, response, null, "home", lang, latest, sections, imageCounts, leadImages)) {
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

    @GetMapping("/{lang}/news")
    ModelAndView allNews(
            @PathVariable String lang,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam Optional<Integer> start,
            HttpServletRequest request,
            HttpServletResponse response,
            WebRequest webRequest) {
        return listing(lang, Optional.empty(), page, start, request, response, webRequest);
    }

    @GetMapping("/{lang}/news/{section:[a-z][a-z0-9-]*}")
    ModelAndView section(
            @PathVariable String lang,
            @PathVariable String section,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam Optional<Integer> start,
            HttpServletRequest request,
            HttpServletResponse response,
            WebRequest webRequest) {
        SectionView found = reader.section(lang, section).orElseThrow(ReaderContext::notFound);
        if (!found.slug(lang).equals(section)) {
            return Redirects.permanent(SiteUrls.page(
                    SiteUrls.section(lang, found.slug(lang)),
                    start.map(this::pageOf).orElse(page)));
        }
        return listing(lang, Optional.of(found), page, start, request, response, webRequest);
    }

    private ModelAndView listing(
            String lang,
            Optional<SectionView> section,
            int page,
            Optional<Integer> start,
            HttpServletRequest request,
            HttpServletResponse response,
            WebRequest webRequest) {
        Language language = context.language(lang);
        String base = listingPath(lang, section);
        int size = properties.getPageSize();
        if (start.isPresent()) {
            return Redirects.permanent(SiteUrls.page(base, pageOf(start.get())));
        }
        List<SectionLink> sections = context.sectionLinks(language, section.map(SectionView::id));
        long total = section.map(s -> count(sections, s.id()))
                .orElseGet(() -> sections.stream().mapToLong(SectionLink::count).sum());
        Pagination pagination = Pagination.of(page, total, size, base);
        if (!pagination.exists()) {
            throw ReaderContext.notFound();
        }
        List<ListedArticle> articles = reader.page(lang, section, context.scope(), page - 1, size);
        Map<Long, Long> imageCounts = imageCounts(articles);
        Map<Long, Image> leadImages = leadImages(articles);
        if (caching.notModified(webRequest, response, null, base, page, articles, sections, imageCounts, leadImages)) {
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
                .addObject(
                        "meta",
                        meta.everyLanguage(
                                request,
                                language,
                                code -> SiteUrls.page(listingPath(code, section), page),
                                SiteUrls.page(
                                        listingPath(context.defaultLanguage().code(), section), page),
                                heading));
    }

    /** The page holding the item at offset {@code start} of an old site's listing. */
    private int pageOf(int start) {
        return Math.max(0, start) / properties.getPageSize() + 1;
    }

    private static String listingPath(String lang, Optional<SectionView> section) {
        return section.map(s -> SiteUrls.section(lang, s.slug(lang))).orElse(SiteUrls.news(lang));
    }

    private static long count(List<SectionLink> sections, Long sectionId) {
        return sections.stream()
                .filter(s -> s.id().equals(sectionId))
                .mapToLong(SectionLink::count)
                .sum();
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
