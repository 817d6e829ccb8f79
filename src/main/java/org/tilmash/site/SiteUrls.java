package org.tilmash.site;

/** The public URL contract, in one place. */
final class SiteUrls {

    /** The language switcher's redirect, which alone sets the {@code lang} cookie. */
    static final String SWITCH = "/language/";

    private SiteUrls() {}

    /** The switcher's link to {@code path} (a path under {@code /language/}), remembering the choice. */
    static String choose(String language, String path) {
        return SWITCH + language + "?to=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String home(String language) {
        return "/" + language + "/";
    }

    static String news(String language) {
        return "/" + language + "/news";
    }

    static String section(String language, String sectionSlug) {
        return news(language) + "/" + sectionSlug;
    }

    /** {@code base} is a listing path (or a search with its query); page 1 has no parameter so each page has one URL. */
    static String page(String base, int page) {
        return page <= 1 ? base : base + (base.contains("?") ? "&" : "?") + "page=" + page;
    }

    static String article(String language, Long articleId, String slug) {
        return news(language) + "/" + articleId + "-" + slug;
    }

    static String feed(String language) {
        return "/" + language + "/feed.xml";
    }
}
