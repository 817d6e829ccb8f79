package org.tilmash.search;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search settings ({@code tilmash.search.*}).
 *
 * @param backend {@code lucene} (embedded, the default); {@code opensearch} is reserved for the cluster backend, not
 *     wired yet, and refused at start
 * @param indexDir where the embedded Lucene backend keeps its indexes
 * @param pageSize results per page of the public search
 * @param maxQueryLength longer queries are cut to this many characters
 * @param reindexOnStart rebuild the index at start when it is empty while there is something to index
 */
@ConfigurationProperties("tilmash.search")
public record SearchProperties(
        String backend, Path indexDir, int pageSize, int maxQueryLength, Boolean reindexOnStart) {

    public SearchProperties {
        backend = backend == null || backend.isBlank() ? "lucene" : backend;
        indexDir = indexDir == null ? Path.of("data", "index") : indexDir;
        pageSize = pageSize <= 0 ? 10 : pageSize;
        maxQueryLength = maxQueryLength <= 0 ? 200 : maxQueryLength;
        reindexOnStart = reindexOnStart == null || reindexOnStart;
    }

    public boolean lucene() {
        return backend.equals("lucene");
    }
}
