package org.tilmash.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tilmash.TilmashHibernateSettings;
import org.tilmash.search.analysis.OpenSearchAnalysisConfigurer;
import org.tilmash.search.analysis.TilmashAnalysisConfigurer;

/**
 * Hibernate Search's settings from {@link SearchProperties}: the embedded Lucene backend under
 * {@code tilmash.search.index-dir} with our analyzers by default (an index that Lucene cannot open is deleted before
 * Hibernate Search starts, and rebuilt once the application is up, {@link IndexOnStart}); or, for several nodes, an
 * OpenSearch cluster with our analyzers as its analysis settings and outbox-polling coordination.
 */
@Configuration
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    /** The outbox-polling coordination's tables, created by Flyway (V200), with our prefix. */
    static final String OUTBOX_TABLE = "tilmash_search_outbox_event";

    static final String AGENT_TABLE = "tilmash_search_agent";

    @Bean
    TilmashHibernateSettings searchHibernateProperties(SearchProperties properties) {
        return hibernate -> {
            if (properties.lucene()) {
                hibernate.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
                Path root = properties.indexDir().toAbsolutePath();
                dropUnreadable(root);
                hibernate.put("hibernate.search.backend.type", "lucene");
                hibernate.put("hibernate.search.backend.directory.root", root.toString());
                hibernate.put(
                        "hibernate.search.backend.analysis.configurer",
                        "class:" + TilmashAnalysisConfigurer.class.getName());
            } else if (properties.openSearch()) {
                openSearch(properties.opensearch(), hibernate);
            } else {
                throw new IllegalStateException("tilmash.search.backend=" + properties.backend()
                        + " is not a search backend: use lucene or opensearch (see README, \"Search\")");
            }
        };
    }

    /**
     * The Elasticsearch backend against an OpenSearch cluster, coordinated through the database: each transaction
     * writes what it changed to the outbox table, and a background processor on every node (sharing the work
     * through the agent table) indexes it, so several nodes index once and none loses a change when it stops.
     */
    static void openSearch(SearchProperties.OpenSearch cluster, Map<String, Object> hibernate) {
        hibernate.put("hibernate.search.backend.type", "elasticsearch");
        hibernate.put(
                "hibernate.search.backend.uris",
                String.join(",", cluster.uris().stream().map(Object::toString).toList()));
        if (cluster.username() != null && !cluster.username().isBlank()) {
            hibernate.put("hibernate.search.backend.username", cluster.username());
            hibernate.put("hibernate.search.backend.password", cluster.password() == null ? "" : cluster.password());
        }
        hibernate.put(
                "hibernate.search.backend.analysis.configurer",
                "class:" + OpenSearchAnalysisConfigurer.class.getName());
        hibernate.put("hibernate.search.schema_management.strategy", cluster.schemaManagement());
        hibernate.put("hibernate.search.backend.layout.strategy", new PrefixedIndexLayout(cluster.indexPrefix()));
        hibernate.put("hibernate.search.coordination.strategy", "outbox-polling");
        hibernate.put("hibernate.search.coordination.entity.mapping.outboxevent.table", OUTBOX_TABLE);
        hibernate.put("hibernate.search.coordination.entity.mapping.agent.table", AGENT_TABLE);
        hibernate.put(
                "hibernate.search.coordination.event_processor.polling_interval",
                String.valueOf(cluster.pollingInterval().toMillis()));
    }

    /** Deletes every index under {@code root} that Lucene cannot open, so that it is rebuilt rather than fatal. */
    static void dropUnreadable(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> indexes = Files.list(root)) {
            for (Path index : indexes.filter(Files::isDirectory).toList()) {
                if (!readable(index)) {
                    log.warn("Search index {} cannot be read: deleted, it will be rebuilt", index);
                    delete(index);
                }
            }
        } catch (IOException e) {
            log.warn("Could not check the search indexes under {}", root, e);
        }
    }

    private static boolean readable(Path index) {
        try (Directory directory = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(directory)) {
                return true;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                reader.numDocs();
                return true;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void delete(Path index) throws IOException {
        try (Stream<Path> files = Files.walk(index)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        }
    }
}
