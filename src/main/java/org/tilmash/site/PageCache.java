package org.tilmash.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages in memory, by path and query, bounded by their size in bytes (the page, its compressed copies and
 * its headers). Each page is indexed by its surrogate keys ({@link PageTags}); {@link #evict} drops exactly the pages
 * with a key, and a page rendered while an eviction happened is not kept, so a page can never outlive the change that
 * made it stale. Hits, misses, evictions, entries and bytes are Micrometer meters ({@code tilmash.page.cache.*}).
 */
@Component
class PageCache {

    private final Cache<String, Page> pages;
    private final Map<String, Set<String>> byKey = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final boolean enabled;
    private final Counter hits;
    private final Counter misses;
    private final Counter bypasses;
    private final Counter evictedByChange;
    private final Counter evictedBySize;

    PageCache(SiteProperties properties, MeterRegistry meters) {
        this.enabled = properties.getPageCache().isEnabled();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.getPageCache().getMaxSize().toBytes())
                .weigher((String path, Page page) -> page.weight())
                .removalListener((String path, Page page, RemovalCause cause) -> {
                    // A replaced page's path stays indexed under its keys: the new page has just been indexed under
                    // its own, which may be the same ones.
                    if (path != null && page != null && cause != RemovalCause.REPLACED) {
                        unindex(path, page);
                    }
                    if (cause == RemovalCause.SIZE) {
                        sizeEvicted();
                    }
                })
                .executor(Runnable::run)
                .build();
        this.hits = requests(meters, "hit");
        this.misses = requests(meters, "miss");
        this.bypasses = requests(meters, "bypass");
        this.evictedByChange = Counter.builder("tilmash.page.cache.evictions")
                .description("Pages dropped from the page cache")
                .tag("cause", "change")
                .register(meters);
        this.evictedBySize = Counter.builder("tilmash.page.cache.evictions")
                .description("Pages dropped from the page cache")
                .tag("cause", "size")
                .register(meters);
        Gauge.builder(
                        "tilmash.page.cache.bytes",
                        pages,
                        cache -> cache.policy()
                                .eviction()
                                .map(eviction -> eviction.weightedSize().orElse(0))
                                .orElse(0L))
                .description("Memory the cached pages take")
                .baseUnit("bytes")
                .register(meters);
        Gauge.builder(
                        "tilmash.page.cache.max.bytes",
                        properties,
                        p -> p.getPageCache().getMaxSize().toBytes())
                .description("Most memory the cached pages may take")
                .baseUnit("bytes")
                .register(meters);
        Gauge.builder("tilmash.page.cache.entries", pages, Cache::estimatedSize)
                .description("Pages in the page cache")
                .register(meters);
    }

    private static Counter requests(MeterRegistry meters, String result) {
        return Counter.builder("tilmash.page.cache.requests")
                .description("Requests the page cache answered (hit), rendered and may keep (miss), or let through")
                .tag("result", result)
                .register(meters);
    }

    boolean enabled() {
        return enabled;
    }

    @Nullable
    Page get(String path) {
        Page page = pages.getIfPresent(path);
        (page == null ? misses : hits).increment();
        return page;
    }

    void bypassed() {
        bypasses.increment();
    }

    /** Where evictions stand now: a page rendered from here on may be kept if none happens before {@link #put}. */
    long generation() {
        return generation.get();
    }

    /** Keeps a page unless an eviction happened since {@code renderedAt} (it may show what was evicted). */
    void put(String path, Page page, long renderedAt) {
        synchronized (generation) {
            if (generation.get() != renderedAt) {
                return;
            }
            page.keys()
                    .forEach(key -> byKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
                            .add(path));
            pages.put(path, page);
        }
    }

    /** Drops every page carrying one of {@code keys}. */
    void evict(Collection<String> keys) {
        synchronized (generation) {
            generation.incrementAndGet();
            for (String key : keys) {
                Set<String> paths = byKey.remove(key);
                if (paths != null) {
                    for (String path : paths) {
                        if (pages.asMap().remove(path) != null) {
                            evictedByChange.increment();
                        }
                    }
                }
            }
        }
    }

    void evictAll() {
        synchronized (generation) {
            generation.incrementAndGet();
            long size = pages.estimatedSize();
            pages.invalidateAll();
            byKey.clear();
            evictedByChange.increment(size);
        }
    }

    private void unindex(String path, Page page) {
        for (String key : page.keys()) {
            Set<String> paths = byKey.get(key);
            if (paths != null) {
                paths.remove(path);
            }
        }
    }

    private void sizeEvicted() {
        evictedBySize.increment();
    }

    /**
     * A rendered page: its headers as the application wrote them (without cookies, length and encoding), its bytes
     * and their compressed copies.
     */
    record Page(
            String contentType,
            List<Map.Entry<String, String>> headers,
            byte[] body,
            PageEncodings.Copies compressed,
            @Nullable String etag,
            long lastModified,
            String kind,
            Set<String> keys) {

        int weight() {
            int headerBytes = headers.stream()
                    .mapToInt(h -> h.getKey().length() + h.getValue().length() + 32)
                    .sum();
            return body.length + compressed.size() + headerBytes + 256;
        }
    }
}
