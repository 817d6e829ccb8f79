package org.tilmash.search;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search settings ({@code tilmash.search.*}).
 *
 * @param backend {@code lucene} (embedded, the default) or {@code opensearch}
 * @param indexDir where the embedded Lucene backend keeps its indexes
 * @param opensearchUris the OpenSearch nodes, for the {@code opensearch} backend
 * @param pageSize results per page of the public search
 * @param maxQueryLength longer queries are cut to this many characters
 * @param reindexOnStart rebuild the index at start when it is empty while there is something to index
 */
@ConfigurationProperties("tilmash.search")
public record SearchProperties(
        String backend,
        Path indexDir,
        List<String> opensearchUris,
        int pageSize,
        int maxQueryLength,
        Boolean reindexOnStart) {

    public SearchProperties {
        backend = backend == null || backend.isBlank() ? "lucene" : backend;
        indexDir = indexDir == null ? Path.of("data", "index") : indexDir;
        opensearchUris = opensearchUris == null || opensearchUris.isEmpty()
                ? List.of("http://localhost:9200")
                : List.copyOf(opensearchUris);
        pageSize = pageSize <= 0 ? 10 : pageSize;
        maxQueryLength = maxQueryLength <= 0 ? 200 : maxQueryLength;
        reindexOnStart = reindexOnStart == null || reindexOnStart;
    }

    public boolean lucene() {
        return !backend.equals("opensearch");
    }
}
