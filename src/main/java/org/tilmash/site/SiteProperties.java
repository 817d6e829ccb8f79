package org.tilmash.site;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tilmash.site.*}: how the public site lists and caches news. */
@ConfigurationProperties("tilmash.site")
class SiteProperties {

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
