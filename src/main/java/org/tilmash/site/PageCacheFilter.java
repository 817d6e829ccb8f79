package org.tilmash.site;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.tilmash.i18n.TilmashPaths;

/**
 * Serves anonymous GET and HEAD requests for published pages from the {@link PageCache}, before Spring Security,
 * Spring MVC and Hibernate are touched, with the headers and ETag of the rendered response (a matching
 * {@code If-None-Match} gets a 304) and its brotli or gzip copy to clients that accept it. A page is kept only when its
 * controller tagged it ({@link HttpCaching#TAGS}) and it is a public 200 without cookies. Requests with credentials
 * or any cookie but the language choice (signed-in users, sessions), other methods, and query strings other than a
 * listing's {@code page} (with the article it starts next to) always pass through. Also measures render time and
 * database statements per page kind.
 */
class PageCacheFilter extends OncePerRequestFilter {

    static final String CACHE_HEADER = "X-Page-Cache";
    /** The reader's language choice, which only {@code /} reads: it changes no page the cache keeps. */
    private static final String LANGUAGE_COOKIE = "lang";

    /** A listing's page, and the article a page reached by "previous" or "next" starts next to (see Pagination). */
    private static final Pattern PAGE_QUERY = Pattern.compile("page=[1-9][0-9]{0,6}(&(after|before)=[0-9]{1,18})?");

    private static final Set<String> NOT_REPLAYED = Set.of(
            "set-cookie",
            "content-length",
            "content-type",
            "content-encoding",
            "transfer-encoding",
            "date",
            "vary",
            "connection",
            "keep-alive");

    private final PageCache cache;
    private final PageEncodings encodings;
    private final SiteProperties properties;
    private final MeterRegistry meters;
    private final TilmashPaths paths;

    PageCacheFilter(
            PageCache cache,
            PageEncodings encodings,
            SiteProperties properties,
            MeterRegistry meters,
            TilmashPaths paths) {
        this.cache = cache;
        this.encodings = encodings;
        this.properties = properties;
        this.meters = meters;
        this.paths = paths;
    }

    /** A host application's own pages are never kept, measured or counted here. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !paths.owns(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        StatementCounter.reset();
        if (!cache.enabled() || !candidate(request)) {
            Timer.Sample sample = Timer.start(meters);
            chain.doFilter(request, response);
            measure(request, sample);
            return;
        }
        String path =
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        PageCache.Page page = cache.get(path);
        if (page != null) {
            serve(page, request, response);
            return;
        }
        long generation = cache.generation();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        Timer.Sample sample = Timer.start(meters);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            PageTags tags = measure(request, sample);
            if (tags != null) {
                wrapper.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
                wrapper.setHeader(CACHE_HEADER, "miss");
                if (keepable(request, wrapper)) {
                    byte[] body = wrapper.getContentAsByteArray();
                    cache.put(path, page(wrapper, body, tags), generation);
                }
            }
            wrapper.copyBodyToResponse();
        }
    }

    private PageTags measure(HttpServletRequest request, Timer.Sample sample) {
        PageTags tags = (PageTags) request.getAttribute(HttpCaching.TAGS);
        String kind = tags == null ? "other" : tags.kind();
        if (tags != null) {
            sample.stop(Timer.builder("tilmash.page.render")
                    .description("Time to render a public page the page cache did not answer")
                    .tag("kind", kind)
                    .register(meters));
        }
        DistributionSummary.builder("tilmash.db.statements")
                .description("SQL statements Hibernate prepared for one request")
                .tag("kind", kind)
                .register(meters)
                .record(StatementCounter.count());
        return tags;
    }

    /** Whether a request may be answered from the cache or its response kept. */
    private boolean candidate(HttpServletRequest request) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return false;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || !properties.acceptsHost(request.getServerName())) {
            cache.bypassed();
            return false;
        }
        String query = request.getQueryString();
        if (query != null && !PAGE_QUERY.matcher(query).matches()) {
            cache.bypassed();
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!cookie.getName().equals(LANGUAGE_COOKIE)) {
                    cache.bypassed();
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean keepable(HttpServletRequest request, HttpServletResponse response) {
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        return request.getMethod().equals("GET")
                && response.getStatus() == HttpServletResponse.SC_OK
                && response.getHeader(HttpHeaders.SET_COOKIE) == null
                && cacheControl != null
                && cacheControl.contains("public")
                && response.getContentType() != null;
    }

    private PageCache.Page page(HttpServletResponse response, byte[] body, PageTags tags) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT)) || name.equalsIgnoreCase(CACHE_HEADER)) {
                continue;
            }
            for (String value : response.getHeaders(name)) {
                headers.add(Map.entry(name, value));
            }
        }
        String lastModified = response.getHeader(HttpHeaders.LAST_MODIFIED);
        long modified = -1;
        if (lastModified != null) {
            try {
                modified = parseDate(lastModified);
            } catch (IllegalArgumentException unreadable) {
                modified = -1;
            }
        }
        return new PageCache.Page(
                response.getContentType(),
                List.copyOf(headers),
                body,
                encodings.compress(body),
                response.getHeader(HttpHeaders.ETAG),
                modified,
                tags.kind(),
                tags.keys());
    }

    private static long parseDate(String value) {
        HttpHeaders parsed = new HttpHeaders();
        parsed.set(HttpHeaders.LAST_MODIFIED, value);
        return parsed.getLastModified();
    }

    private void serve(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (Map.Entry<String, String> header : page.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setHeader(CACHE_HEADER, "hit");
        PageEncodings.Encoded encoded =
                PageEncodings.chosen(request.getHeader(HttpHeaders.ACCEPT_ENCODING), page.compressed());
        if (encoded != null && page.etag() != null && !page.etag().startsWith("W/")) {
            // A strong tag names one sequence of bytes: the compressed copy shares only the weak tag, as with nginx's
            // gzip, which If-None-Match (a weak comparison) still matches against either copy.
            response.setHeader(HttpHeaders.ETAG, "W/" + page.etag());
        }
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        byte[] bytes = page.body();
        if (encoded != null) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, encoded.coding());
            bytes = encoded.bytes();
        }
        response.setContentLength(bytes.length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(bytes);
        }
    }

    private static boolean notModified(PageCache.Page page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            if (page.etag() == null) {
                return false;
            }
            String tag = page.etag().startsWith("W/") ? page.etag().substring(2) : page.etag();
            for (String candidate : ifNoneMatch.split(",")) {
                String trimmed = candidate.trim();
                if (trimmed.startsWith("W/")) {
                    trimmed = trimmed.substring(2);
                }
                if (trimmed.equals(tag) || trimmed.equals("*")) {
                    return true;
                }
            }
            return false;
        }
        if (page.lastModified() >= 0) {
            try {
                long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
                return since >= 0 && page.lastModified() / 1000 <= since / 1000;
            } catch (IllegalArgumentException unreadable) {
                return false;
            }
        }
        return false;
    }
}
