package org.tilmash.site;

import java.util.Set;

/**
 * The purge hook: every eviction of public pages, after the change that caused it is committed, with the same
 * surrogate keys the pages carry in their {@code Surrogate-Key} and {@code Cache-Tag} headers. The page cache is one
 * such bean; a deployment behind a CDN or Varnish adds its own bean (or sets {@code tilmash.site.page-cache.purge-webhook})
 * to purge the same pages there. {@link PageTags#SITE} means every page.
 */
public interface PagePurge {

    void purge(Set<String> keys);
}
