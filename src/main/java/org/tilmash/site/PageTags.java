package org.tilmash.site;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tilmash.content.ListedArticle;

/**
 * What a public page shows, as surrogate keys: the page cache evicts by them, and the {@code Surrogate-Key} and
 * {@code Cache-Tag} headers give them to a CDN or Varnish so it can be purged with the same keys.
 *
 * <ul>
 *   <li>{@code site}: every public page (a section's name or order shows in the navigation of all of them);
 *   <li>{@code article-{id}}: pages that show the article: its page in every language, the pages whose previous/next
 *       links name it, and the listings and feeds that list it;
 *   <li>{@code listings-{lang}}: the home page, the listings of all news and of every section (their counts in the
 *       sidebar), and the feed of a language;
 *   <li>{@code section-{id}}: the listings of one section, in every language;
 *   <li>{@code lang-{lang}}: every page in a language;
 *   <li>{@code sitemap}: the sitemap.
 * </ul>
 *
 * @param kind the page's kind for metrics: home, listing, section, article, feed, sitemap
 */
record PageTags(String kind, Set<String> keys) {

    static final String SITE = "site";
    static final String SITEMAP = "sitemap";

    static String article(long id) {
        return "article-" + id;
    }

    static String listings(String language) {
        return "listings-" + language;
    }

    static String section(long id) {
        return "section-" + id;
    }

    static String language(String language) {
        return "lang-" + language;
    }

    static Builder of(String kind, String language) {
        return new Builder(kind).key(SITE).key(language(language));
    }

    static final class Builder {
        private final String kind;
        private final Set<String> keys = new LinkedHashSet<>();

        private Builder(String kind) {
            this.kind = kind;
        }

        Builder key(String key) {
            keys.add(key);
            return this;
        }

        Builder articles(Collection<ListedArticle> articles) {
            articles.forEach(article -> key(article(article.articleId())));
            return this;
        }

        PageTags build() {
            return new PageTags(kind, Set.copyOf(keys));
        }
    }

    /** The {@code Surrogate-Key} header (Fastly, Varnish xkey): keys separated by spaces. */
    String surrogateKey() {
        return String.join(" ", sorted());
    }

    /** The {@code Cache-Tag} header (Cloudflare, Akamai): keys separated by commas. */
    String cacheTag() {
        return String.join(",", sorted());
    }

    private java.util.List<String> sorted() {
        return keys.stream().sorted().toList();
    }
}
