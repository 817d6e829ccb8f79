package org.tilmash.search;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search settings ({@code tilmash.search.*}).
 *
 * @param backend {@code lucene} (embedded, one machine, the default) or {@code opensearch} (a cluster shared by
 *     several nodes, see {@link OpenSearch}); anything else is refused at start
 * @param indexDir where the embedded Lucene backend keeps its indexes
 * @param pageSize results per page of the public search
 * @param maxQueryLength longer queries are cut to this many characters
 * @param reindexOnStart rebuild the index at start when it is empty while there is something to index
 * @param opensearch the cluster, when {@code backend} is {@code opensearch}
 */
@ConfigurationProperties("tilmash.search")
public record SearchProperties(
        String backend,
        Path indexDir,
        int pageSize,
        int maxQueryLength,
        Boolean reindexOnStart,
        @Nullable OpenSearch opensearch) {

    public static final String LUCENE = "lucene";
    public static final String OPENSEARCH = "opensearch";

    public SearchProperties {
        backend = backend == null || backend.isBlank() ? LUCENE : backend.trim();
        indexDir = indexDir == null ? Path.of("data", "index") : indexDir;
        pageSize = pageSize <= 0 ? 10 : pageSize;
        maxQueryLength = maxQueryLength <= 0 ? 200 : maxQueryLength;
        reindexOnStart = reindexOnStart == null || reindexOnStart;
        opensearch = opensearch == null ? new OpenSearch(null, null, null, null, null, null) : opensearch;
    }

    public boolean lucene() {
        return backend.equals(LUCENE);
    }

    public boolean openSearch() {
        return backend.equals(OPENSEARCH);
    }

    /**
     * The OpenSearch cluster ({@code tilmash.search.opensearch.*}). Every Tilmash node points at the same cluster and
     * the same database: changes are written to an outbox table in the transaction that makes them and indexed by
     * whichever node's background processor claims them.
     *
     * @param uris the cluster's HTTP addresses, e.g. {@code http://search-1:9200}; default {@code http://localhost:9200}
     * @param username for HTTP basic authentication, if the cluster asks for it
     * @param password likewise
     * @param pollingInterval how often each node looks for outbox entries to index (default 100 ms)
     * @param schemaManagement Hibernate Search's schema management strategy for the indexes (default
     *     {@code create-or-validate}: indexes are created when missing and checked against our analysis otherwise)
     * @param indexPrefix put before every index and alias name (default {@code tilmash-}), so several sites can share
     *     a cluster
     */
    public record OpenSearch(
            @Nullable List<URI> uris,
            @Nullable String username,
            @Nullable String password,
            @Nullable Duration pollingInterval,
            @Nullable String schemaManagement,
            @Nullable String indexPrefix) {

        public OpenSearch {
            uris = uris == null || uris.isEmpty() ? List.of(URI.create("http://localhost:9200")) : List.copyOf(uris);
            pollingInterval = pollingInterval == null ? Duration.ofMillis(100) : pollingInterval;
            schemaManagement =
                    schemaManagement == null || schemaManagement.isBlank() ? "create-or-validate" : schemaManagement;
            indexPrefix = indexPrefix == null ? "tilmash-" : indexPrefix;
        }
    }
}
