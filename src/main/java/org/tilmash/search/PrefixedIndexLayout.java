package org.tilmash.search;

import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's usual layout of an index on OpenSearch (an index {@code name-000001} behind the aliases
 * {@code name-write} and {@code name-read}), with every name prefixed ({@code tilmash.search.opensearch.index-prefix}),
 * so several sites, or a site and its staging copy, can share one cluster.
 */
record PrefixedIndexLayout(String prefix) implements IndexLayoutStrategy {

    private static final Pattern GENERATION = Pattern.compile("-\\d+$");

    @Override
    public String createInitialElasticsearchIndexName(String index) {
        return prefix + index + "-000001";
    }

    @Override
    public String createWriteAlias(String index) {
        return prefix + index + "-write";
    }

    @Override
    public String createReadAlias(String index) {
        return prefix + index + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String index) {
        return prefix + index;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String index) {
        return GENERATION.matcher(index).replaceFirst("");
    }
}
