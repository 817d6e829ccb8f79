package org.tilmash.site;

import java.util.ArrayList;
import java.util.List;
import org.tilmash.content.ListedArticle;

/**
 * Where a listing page stands among all pages, with the links a reader needs to move on. Once it knows the articles
 * it shows, its "previous" and "next" links also say which article the page next to it starts from
 * ({@code before}/{@code after}), so that moving on costs the same however deep the page is; numbered links, the
 * canonical address and page 1 stay plain.
 */
record Pagination(int current, int pages, String basePath, Long firstShown, Long lastShown) {

    static final String AFTER = "after";
    static final String BEFORE = "before";

    private static final int WINDOW = 2;

    static Pagination of(int current, long total, int size, String basePath) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Pagination(current, pages, basePath, null, null);
    }

    /** The same page, its previous and next links starting from the first and last of {@code shown}. */
    Pagination showing(List<ListedArticle> shown) {
        if (shown.isEmpty()) {
            return this;
        }
        return new Pagination(
                current,
                pages,
                basePath,
                shown.getFirst().articleId(),
                shown.getLast().articleId());
    }

    public boolean exists() {
        return current >= 1 && current <= pages;
    }

    public String href(int page) {
        return SiteUrls.page(basePath, page);
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < pages;
    }

    public String previousHref() {
        int previous = current - 1;
        return previous > 1 && firstShown != null ? href(previous) + "&" + BEFORE + "=" + firstShown : href(previous);
    }

    public String nextHref() {
        return lastShown != null ? href(current + 1) + "&" + AFTER + "=" + lastShown : href(current + 1);
    }

    /** Page numbers to link around the current one; 0 stands for a gap. */
    public List<Integer> window() {
        List<Integer> numbers = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            boolean near = Math.abs(page - current) <= WINDOW;
            if (page == 1 || page == pages || near) {
                numbers.add(page);
            } else if (numbers.getLast() != 0) {
                numbers.add(0);
            }
        }
        return numbers;
    }
}
