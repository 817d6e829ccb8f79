package org.tilmash.site;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.constraints.Range;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code tilmash.site.*}: how the public site lists and caches news. */
@ConfigurationProperties("tilmash.site")
@Validated
class SiteProperties {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]", "::1");

    /**
     * The site's public address (scheme, host, port if not the default, and any path prefix): the only origin of
     * absolute URLs in canonical links, {@code hreflang}, {@code og:url}, feeds and the sitemap. Never the request's
     * {@code Host} header, which anyone can set and a shared cache would keep.
     */
    private URI baseUrl = URI.create("http://localhost:8080");

    /**
     * Further host names requests may use besides the base URL's (e.g. an internal name for monitoring); requests for
     * any other host are refused with 400. Loopback addresses are accepted when the base URL's host is localhost.
     */
    private List<String> allowedHosts = List.of();

    /**
     * Addresses of the reverse proxies whose {@code X-Forwarded-*} headers are believed (with
     * {@code server.forward-headers-strategy: native}); empty: nobody's.
     */
    private List<String> trustedProxies = List.of();

    /** Articles per listing page. */
    private int pageSize = 10;

    /** Articles on the home page. */
    private int homeSize = 10;

    /** Entries in each language's feed. */
    private int feedSize = 20;

    /**
     * Whether listings of a language also show articles it lacks, in the first language of its fallback chain that has
     * them (marked as such).
     */
    private boolean showFallbacks = true;

    /** How long browsers and shared caches may reuse a public page before revalidating it. */
    private Duration cacheMaxAge = Duration.ofMinutes(1);

    /**
     * How long after {@code cache-max-age} a shared cache may still serve a page while it revalidates it in the
     * background ({@code stale-while-revalidate}); zero leaves the directive out.
     */
    private Duration staleWhileRevalidate = Duration.ofMinutes(1);

    /**
     * Names the build in every ETag, so nodes of one deployment agree and a new deployment invalidates old tags.
     * Empty: the version and build time from the jar's {@code build-info.properties}.
     */
    private String buildId = "";

    /** The in-memory page cache in front of the public site. */
    @Valid
    private final PageCache pageCache = new PageCache();

    /** {@code tilmash.site.page-cache.*}. */
    public static class PageCache {

        /** Whether anonymous published pages are served from memory. */
        private boolean enabled = true;

        /** Most memory the cached pages may take (their bytes and compressed copies). */
        private org.springframework.util.unit.DataSize maxSize = org.springframework.util.unit.DataSize.ofMegabytes(64);

        /**
         * Called with the surrogate keys of every eviction (HTTP POST, JSON {@code {"keys": […]}}, and the keys in a
         * {@code Surrogate-Key} header), e.g. a small service that purges a CDN or Varnish; empty: none.
         */
        private String purgeWebhook = "";

        /** Whether each cached page also keeps a brotli copy for clients that accept it (besides the gzip one). */
        private boolean brotli = true;

        /** Brotli's quality for those copies, from 0 (fastest) to 11 (smallest); each page is compressed once. */
        @Range(min = 0, max = 11)
        private int brotliQuality = 8;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public org.springframework.util.unit.DataSize getMaxSize() {
            return maxSize;
        }

        public void setMaxSize(org.springframework.util.unit.DataSize maxSize) {
            this.maxSize = maxSize;
        }

        public String getPurgeWebhook() {
            return purgeWebhook;
        }

        public void setPurgeWebhook(String purgeWebhook) {
            this.purgeWebhook = purgeWebhook;
        }

        public boolean isBrotli() {
            return brotli;
        }

        public void setBrotli(boolean brotli) {
            this.brotli = brotli;
        }

        public int getBrotliQuality() {
            return brotliQuality;
        }

        public void setBrotliQuality(int brotliQuality) {
            this.brotliQuality = brotliQuality;
        }
    }

    public PageCache getPageCache() {
        return pageCache;
    }

    public Duration getStaleWhileRevalidate() {
        return staleWhileRevalidate;
    }

    public void setStaleWhileRevalidate(Duration staleWhileRevalidate) {
        this.staleWhileRevalidate = staleWhileRevalidate;
    }

    public String getBuildId() {
        return buildId;
    }

    public void setBuildId(String buildId) {
        this.buildId = buildId;
    }

    /** The {@code Cache-Control} of public pages. */
    String cacheControl() {
        String value = "public, max-age=" + cacheMaxAge.toSeconds();
        return staleWhileRevalidate.isZero()
                ? value
                : value + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds();
    }

    public URI getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    public List<String> getAllowedHosts() {
        return allowedHosts;
    }

    public void setAllowedHosts(List<String> allowedHosts) {
        this.allowedHosts = allowedHosts;
    }

    public List<String> getTrustedProxies() {
        return trustedProxies;
    }

    public void setTrustedProxies(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** The base URL without a trailing slash, to put site paths behind. */
    String origin() {
        String url = baseUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Whether a request's host name (without port) is this site's. */
    boolean acceptsHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        String own = String.valueOf(baseUrl.getHost()).toLowerCase(Locale.ROOT);
        if (name.equals(own) || allowedHosts.stream().anyMatch(allowed -> allowed.equalsIgnoreCase(name))) {
            return true;
        }
        return own.equals("localhost") && LOOPBACK.contains(name);
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getHomeSize() {
        return homeSize;
    }

    public void setHomeSize(int homeSize) {
        this.homeSize = homeSize;
    }

    public int getFeedSize() {
        return feedSize;
    }

    public void setFeedSize(int feedSize) {
        this.feedSize = feedSize;
    }

    public boolean isShowFallbacks() {
        return showFallbacks;
    }

    public void setShowFallbacks(boolean showFallbacks) {
        this.showFallbacks = showFallbacks;
    }

    public Duration getCacheMaxAge() {
        return cacheMaxAge;
    }

    public void setCacheMaxAge(Duration cacheMaxAge) {
        this.cacheMaxAge = cacheMaxAge;
    }
}
