package org.tilmash.site;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tilmash.content.ReaderQueries;
import org.tilmash.content.SectionView;

/**
 * The sections readers see and their counters, read once and kept in memory until something readers see changes:
 * every public page shows them, and they change only when an article enters, leaves or moves within the listings or
 * a section changes. {@link PageEviction} forgets them after every such change is committed, and
 * {@link ClusterPageInvalidation} when another instance made one. A value read while a change was being forgotten is
 * used for that one request but not kept, so a request that read before a commit can never keep what it read after.
 */
@Component
class SectionSnapshot {

    private final ReaderQueries reader;
    private final Object lock = new Object();
    private long generation;
    private volatile @Nullable List<SectionView> sections;
    private final Map<String, Map<Long, Integer>> counts = new ConcurrentHashMap<>();

    SectionSnapshot(ReaderQueries reader) {
        this.reader = reader;
    }

    /** The sections readers see, in the editors' order ({@link ReaderQueries#sections()}). */
    List<SectionView> sections() {
        List<SectionView> kept = sections;
        if (kept != null) {
            return kept;
        }
        return load(reader::sections, value -> sections = value);
    }

    /** Listed articles per section id in a language ({@link ReaderQueries#counts}). */
    Map<Long, Integer> counts(String language, ReaderQueries.Scope scope) {
        String key = language + ':' + scope.name();
        Map<Long, Integer> kept = counts.get(key);
        if (kept != null) {
            return kept;
        }
        return load(() -> Map.copyOf(reader.counts(language, scope)), value -> counts.put(key, value));
    }

    /** Drops everything kept: the next request reads from the database again. */
    void forget() {
        synchronized (lock) {
            generation++;
            sections = null;
            counts.clear();
        }
    }

    private <T> T load(Supplier<T> read, java.util.function.Consumer<T> keep) {
        long readAt;
        synchronized (lock) {
            readAt = generation;
        }
        T value = read.get();
        synchronized (lock) {
            if (generation == readAt) {
                keep.accept(value);
            }
        }
        return value;
    }
}
