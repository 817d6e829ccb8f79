package org.tilmash.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tilmash.search.analysis.TilmashAnalysisConfigurer;

/**
 * Hibernate Search's settings from {@link SearchProperties}: the embedded Lucene backend under
 * {@code tilmash.search.index-dir} with our analyzers by default. An index that Lucene cannot open is deleted before
 * Hibernate Search starts, and rebuilt once the application is up ({@link IndexOnStart}).
 */
@Configuration
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean
    HibernatePropertiesCustomizer searchHibernateProperties(SearchProperties properties) {
        return hibernate -> {
            hibernate.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
            if (properties.lucene()) {
                Path root = properties.indexDir().toAbsolutePath();
                dropUnreadable(root);
                hibernate.put("hibernate.search.backend.type", "lucene");
                hibernate.put("hibernate.search.backend.directory.root", root.toString());
                hibernate.put(
                        "hibernate.search.backend.analysis.configurer",
                        "class:" + TilmashAnalysisConfigurer.class.getName());
            } else {
                // Not wired yet: our analyzers have no OpenSearch definition, and the backend is not on the classpath.
                throw new IllegalStateException("tilmash.search.backend=" + properties.backend()
                        + " is not available in this build: use lucene (see README, \"Search\")");
            }
        };
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
