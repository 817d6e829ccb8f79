package org.tilmash.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** What a sanitizer took out of a text: the elements and attributes fewer after than before, by name. */
final class Removed {

    /** Added to every link by the sanitizer, never taken out. */
    private static final String ADDED = "rel";

    private Removed() {}

    static List<String> by(String before, String after) {
        Map<String, Integer> lost = count(before);
        count(after).forEach((name, n) -> lost.merge(name, -n, Integer::sum));
        List<String> removed = new ArrayList<>();
        lost.forEach((name, n) -> {
            if (n > 0) {
                removed.add(name);
            }
        });
        return removed;
    }

    private static Map<String, Integer> count(String html) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Element element : Jsoup.parseBodyFragment(html).body().select("*")) {
            if (element.tagName().equals("body")) {
                continue;
            }
            counts.merge("<" + element.tagName() + ">", 1, Integer::sum);
            for (Attribute attribute : element.attributes()) {
                if (!attribute.getKey().equals(ADDED)) {
                    counts.merge(attribute.getKey() + "=", 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
