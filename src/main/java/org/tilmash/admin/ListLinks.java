package org.tilmash.admin;

import org.springframework.web.util.UriComponentsBuilder;
import org.tilmash.content.ArticleSearch;

/** The article list's own links — sorting, first and next page — each keeping the filters the user chose. */
record ListLinks(ArticlesController.Filters filters, ArticleSearch.Sort sort) {

    /** Sorted by date, newest first, or the other way round when it already is. */
    public String byDate() {
        return with(sort == ArticleSearch.Sort.DATE_DESC ? ArticleSearch.Sort.DATE_ASC : ArticleSearch.Sort.DATE_DESC)
                .encode()
                .toUriString();
    }

    public String byLastChange() {
        return with(sort == ArticleSearch.Sort.UPDATED_DESC
                        ? ArticleSearch.Sort.UPDATED_ASC
                        : ArticleSearch.Sort.UPDATED_DESC)
                .encode()
                .toUriString();
    }

    public String firstPage() {
        return with(sort).encode().toUriString();
    }

    public String after(ArticleSearch.Cursor cursor) {
        return with(sort)
                .queryParam("afterKey", cursor.key())
                .queryParam("afterId", cursor.articleId())
                .encode()
                .toUriString();
    }

    private UriComponentsBuilder with(ArticleSearch.Sort order) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin/articles");
        add(link, "q", filters.getQ());
        add(link, "section", filters.getSection());
        add(link, "state", filters.getState());
        add(link, "language", filters.getLanguage());
        add(link, "author", filters.getAuthor());
        add(link, "from", filters.getFrom());
        add(link, "to", filters.getTo());
        add(link, "mine", filters.isMine() ? true : null);
        return link.queryParam("sort", order);
    }

    private static void add(UriComponentsBuilder link, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            link.queryParam(name, value);
        }
    }
}
