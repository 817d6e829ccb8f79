package org.tilmash.site;

import java.util.ArrayList;
import java.util.List;

/** Where a listing page stands among all pages, with the links a reader needs to move on. */
record Pagination(int current, int pages, String basePath) {

    private static final int WINDOW = 2;

    static Pagination of(int current, long total, int size, String basePath) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Pagination(current, pages, basePath);
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
