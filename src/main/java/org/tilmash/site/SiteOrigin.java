package org.tilmash.site;

import org.springframework.stereotype.Component;
import org.tilmash.i18n.TilmashPaths;

/**
 * What absolute URLs of the public site start with (canonical links, {@code hreflang}, feeds, the sitemap, OpenSearch):
 * the configured base URL, which includes any servlet context path, and the site's own prefix.
 */
@Component
class SiteOrigin {

    private final SiteProperties properties;
    private final TilmashPaths paths;

    SiteOrigin(SiteProperties properties, TilmashPaths paths) {
        this.properties = properties;
        this.paths = paths;
    }

    String get() {
        return properties.origin() + paths.getSite();
    }
}
