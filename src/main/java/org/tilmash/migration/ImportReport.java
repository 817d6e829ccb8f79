package org.tilmash.migration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an import did, or would do in a dry run: how many sections and articles were created, updated, left unchanged,
 * refused or skipped, and every item with something an editor should know (a refusal, a missing image, text the
 * sanitizer changed, an image without alt text). Items that went through without a remark are only counted, so the
 * report of a large site stays small.
 */
public record ImportReport(
        String source,
        boolean dryRun,
        Map<Result, Integer> sections,
        Map<Result, Integer> articles,
        List<Entry> entries,
        int entriesLeftOut,
        @Nullable Note failure) {

    /** Remarked items kept in full; further ones are only counted. */
    static final int MAX_ENTRIES = 1000;

    public ImportReport {
        sections = Map.copyOf(sections);
        articles = Map.copyOf(articles);
        entries = List.copyOf(entries);
    }

    public enum Result {
        CREATED,
        UPDATED,
        UNCHANGED,
        REFUSED,
        SKIPPED
    }

    /**
     * One old item (with its translations) and what became of it.
     *
     * @param oldIds the old ids, e.g. {@code 123, 124}
     * @param targetId our article's or section's id, when there is one
     */
    public record Entry(
            boolean section,
            String oldIds,
            String title,
            Result result,
            @Nullable Long targetId,
            List<Note> notes) {

        public Entry {
            notes = List.copyOf(notes);
        }
    }

    /** A remark, as a bundle key and its named arguments. */
    public record Note(String key, Map<String, Object> arguments) {

        public Note {
            arguments = Map.copyOf(arguments);
        }
    }

    public int articles(Result result) {
        return articles.getOrDefault(result, 0);
    }

    public int sections(Result result) {
        return sections.getOrDefault(result, 0);
    }

    /**
     * Whether the run got as far as any section or article: a run that stopped before (the old site could not be read
     * at all) has only its failure to tell, and a table of zeros under it would only suggest that nothing was there.
     */
    public boolean reachedItems() {
        return !sections.isEmpty() || !articles.isEmpty() || !entries.isEmpty();
    }

    /** Collects a report while an import runs. */
    static final class Builder {

        private final String source;
        private final boolean dryRun;
        private final Map<Result, Integer> sections = new EnumMap<>(Result.class);
        private final Map<Result, Integer> articles = new EnumMap<>(Result.class);
        private final List<Entry> entries = new ArrayList<>();
        private int leftOut;

        Builder(String source, boolean dryRun) {
            this.source = source;
            this.dryRun = dryRun;
        }

        synchronized void add(Entry entry) {
            (entry.section() ? sections : articles).merge(entry.result(), 1, Integer::sum);
            boolean remarkable =
                    !entry.notes().isEmpty() || entry.result() == Result.REFUSED || entry.result() == Result.SKIPPED;
            if (!remarkable) {
                return;
            }
            if (entries.size() < MAX_ENTRIES) {
                entries.add(entry);
            } else {
                leftOut++;
            }
        }

        synchronized ImportReport build(@Nullable Note failure) {
            return new ImportReport(source, dryRun, sections, articles, entries, leftOut, failure);
        }
    }
}
