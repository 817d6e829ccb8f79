package org.tilmash.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two revisions word by word, block by block, on their text rather than their HTML: readers of the diff
 * see what changed in Cyrillic or Latin words, never tags.
 */
public final class WordDiff {

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(start -> start ? "\u0001del\u0002" : "\u0001/del\u0002")
            .newTag(start -> start ? "\u0001ins\u0002" : "\u0001/ins\u0002")
            .build();

    private WordDiff() {}

    /** One row per segment: the title, the intro, then each block of the body. */
    public static List<Row> compare(ArticleText from, ArticleText to) {
        return GENERATOR.generateDiffRows(segments(from), segments(to)).stream()
                .map(Row::of)
                .toList();
    }

    /** One row per pair of aligned texts, e.g. the blocks of one part of a merge. */
    public static List<Row> compareTexts(List<String> from, List<String> to) {
        return GENERATOR.generateDiffRows(from, to).stream().map(Row::of).toList();
    }

    /** Positions of the segments of {@code to} that are new or changed since {@code from}. */
    public static Set<Integer> changedSegments(ArticleText from, ArticleText to) {
        Set<Integer> changed = new TreeSet<>();
        for (AbstractDelta<String> delta :
                DiffUtils.diff(segments(from), segments(to)).getDeltas()) {
            int position = delta.getTarget().getPosition();
            for (int i = 0; i < delta.getTarget().size(); i++) {
                changed.add(position + i);
            }
        }
        return changed;
    }

    public static List<String> segments(ArticleText text) {
        return Segments.of(text).stream().map(Segments.Segment::text).toList();
    }

    /**
     * A compared segment; {@code before} and {@code after} are lists of fragments, each either plain or marked as
     * removed or added, so templates escape text and add the markup themselves.
     */
    public record Row(String tag, List<Fragment> before, List<Fragment> after) {

        static Row of(DiffRow row) {
            return new Row(row.getTag().name(), Fragment.parse(row.getOldLine()), Fragment.parse(row.getNewLine()));
        }

        public boolean changed() {
            return !"EQUAL".equals(tag);
        }
    }

    public record Fragment(String text, String kind) {

        static List<Fragment> parse(String line) {
            List<Fragment> fragments = new ArrayList<>();
            String kind = "same";
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\u0001') {
                    int end = line.indexOf('\u0002', i);
                    String tag = line.substring(i + 1, end);
                    add(fragments, current, kind);
                    kind = tag.startsWith("/") ? "same" : tag.equals("del") ? "removed" : "added";
                    i = end;
                } else {
                    current.append(c);
                }
            }
            add(fragments, current, kind);
            return fragments;
        }

        private static void add(List<Fragment> fragments, StringBuilder text, String kind) {
            if (!text.isEmpty()) {
                fragments.add(new Fragment(unescape(text.toString()), kind));
                text.setLength(0);
            }
        }

        /** The generator escapes HTML; templates escape again, so undo it here. */
        private static String unescape(String text) {
            return text.replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&");
        }
    }
}
