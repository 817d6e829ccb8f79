package org.tilmash.site;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tilmash.site.*}: how the public site lists and caches news. */
@ConfigurationProperties("tilmash.site")
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
