package org.tilmash.site;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.tilmash.content.ReaderQueries;
import org.tilmash.i18n.InputText;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.TilmashMessages;
import org.tilmash.search.ReaderSearch;

/**
 * The readers' search, {@code /{lang}/search?q=}, and the OpenSearch description browsers add it from. Results are
 * never cached or stored (they depend on the query, and the index changes with every publication); malformed
 * filters and pages are ignored rather than refused, and a query with nothing to search for gets a page that says
 * so.
 */
@Controller
class SearchController {

    static final String VIEW = "tilmash/site/search";
    /** Results are read page by page from the index: pages beyond this one are not served. */
    private static final int MAX_PAGE = 1000;

    private static final String OPENSEARCH = "application/opensearchdescription+xml";

    private final ReaderSearch search;
    private final ReaderContext context;
    private final SiteProperties properties;
    private final TilmashMessages messages;

    private final SiteOrigin siteOrigin;
    private final PageMetaFactory meta;

    SearchController(
            ReaderSearch search,
            ReaderContext context,
            SiteProperties properties,
            TilmashMessages messages,
            SiteOrigin siteOrigin,
            PageMetaFactory meta) {
        this.siteOrigin = siteOrigin;
        this.meta = meta;
        this.search = search;
        this.context = context;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/{lang}/search")
    ModelAndView search(
            @PathVariable String lang,
            @RequestParam(required = false) String[] q,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String page,
            HttpServletResponse response) {
        Language language = context.language(lang);
        Optional<Long> sectionId = number(section).filter(id -> id > 0);
        Optional<Integer> yearValue =
                number(year).filter(y -> y > 0 && y < 10000).map(Long::intValue);
        long pageValue = number(page).filter(p -> p >= 1).orElse(1L);
        if (pageValue > MAX_PAGE) {
            throw ReaderContext.notFound();
        }
        // The first query if a link repeats it, without the invisible control characters a pasted text may hold.
        String query =
                q == null || q.length == 0 ? "" : InputText.normalize(q[0]).strip();
        ReaderSearch.Results results = search.search(
                language,
                context.scope() == ReaderQueries.Scope.WITH_FALLBACKS,
                query,
                sectionId.orElse(null),
                yearValue.orElse(null),
                (int) pageValue);
        if (pageValue > results.pages()) {
            throw ReaderContext.notFound();
        }
        List<SectionLink> sections = context.sectionLinks(language, Optional.empty());
        Map<Long, String> sectionNames =
                sections.stream().collect(Collectors.toMap(SectionLink::id, SectionLink::name));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return new ModelAndView(VIEW)
                .addObject("query", query)
                .addObject("searchQuery", query)
                .addObject("results", results)
                .addObject("sectionId", sectionId.orElse(null))
                .addObject("year", yearValue.orElse(null))
                .addObject("sections", sections)
                .addObject("sectionNames", sectionNames)
                .addObject(
                        "meta",
                        meta.withoutAlternates(
                                language,
                                code -> base(code, query, sectionId, yearValue),
                                SiteUrls.page(base(lang, query, sectionId, yearValue), results.page()),
                                title(language, query)))
                .addObject(
                        "pagination",
                        Pagination.of(
                                results.page(),
                                results.total(),
                                results.pageSize(),
                                base(lang, query, sectionId, yearValue)));
    }

    /** The OpenSearch description of the default language's search. */
    @GetMapping("/opensearch.xml")
    ResponseEntity<String> openSearch() {
        return openSearch(context.defaultLanguage().code());
    }

    /** The OpenSearch description of one language's search. */
    @GetMapping("/{lang}/opensearch.xml")
    ResponseEntity<String> openSearch(@PathVariable String lang) {
        Language language = context.language(lang);
        String base = siteOrigin.get();
        String name = messages.getMessage("site.name", null, language.locale());
        String description = messages.getMessage("search.description", null, language.locale());
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
                  <ShortName>%s</ShortName>
                  <Description>%s</Description>
                  <InputEncoding>UTF-8</InputEncoding>
                  <Language>%s</Language>
                  <Url type="text/html" method="get" template="%s/%s/search?q={searchTerms}"/>
                  <Url type="application/opensearchdescription+xml" rel="self" template="%s/%s/opensearch.xml"/>
                </OpenSearchDescription>
                """.formatted(
                        HtmlUtils.htmlEscape(shortName(name)),
                        HtmlUtils.htmlEscape(description),
                        language.code(),
                        base,
                        language.code(),
                        base,
                        language.code());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(OPENSEARCH + ";charset=UTF-8"))
                .cacheControl(CacheControl.noCache())
                .body(xml);
    }

    private String title(Language language, String query) {
        return query.isEmpty()
                ? messages.getMessage("search.title", null, language.locale())
                : messages.getMessage("search.resultsTitle", new Object[] {Map.of("query", query)}, language.locale());
    }

    /** OpenSearch allows 16 characters in a short name. */
    private static String shortName(String name) {
        return name.codePointCount(0, name.length()) <= 16 ? name : name.substring(0, name.offsetByCodePoints(0, 16));
    }

    private static String base(String lang, String query, Optional<Long> section, Optional<Integer> year) {
        UriComponentsBuilder uri =
                UriComponentsBuilder.fromPath("/" + lang + "/search").queryParam("q", query);
        section.ifPresent(id -> uri.queryParam("section", id));
        year.ifPresent(y -> uri.queryParam("year", y));
        return uri.encode().build().toUriString();
    }

    private static Optional<Long> number(String value) {
        if (value == null || value.isBlank() || value.length() > 12) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
