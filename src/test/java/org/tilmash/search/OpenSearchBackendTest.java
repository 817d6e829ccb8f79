package org.tilmash.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tilmash.search.analysis.LanguageAnalyzers;
import org.tilmash.support.OpenSearchNode;
import org.tilmash.workflow.JobLeases;

/**
 * The OpenSearch backend with H2 (see {@link OpenSearchBackendContract}), and the engine's analysis, generated from
 * our stemmers' tables, compared with the embedded chain.
 */
@ExtendWith(OpenSearchNode.class)
@SpringBootTest
@ActiveProfiles("test")
class OpenSearchBackendTest extends OpenSearchBackendContract {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        OpenSearchNode.register(registry);
    }

    @Autowired
    IndexOnStart onStart;

    @Autowired
    JobLeases leases;

    @Autowired
    PublicEntryRepository publicEntries;

    /**
     * The index is shared by every node: when it lost its documents, the rebuild at start is left to the node that
     * holds its lease in the database, and taken by this one once that lease is free.
     */
    @Test
    void aSharedIndexIsRebuiltByTheNodeHoldingTheLeaseOnly() {
        var workspace =
                Search.mapping(entityManagerFactory).scope(PublicEntry.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(readersDocuments()).isZero();
        assertThat(publicEntries.count()).isPositive();

        assertThat(leases.claim(IndexOnStart.LEASE, "another-node", Duration.ofMinutes(2)))
                .isTrue();
        assertThat(onStart.startRebuildIfBehind()).as("left to the other node").isFalse();

        leases.release(IndexOnStart.LEASE, "another-node");
        assertThat(onStart.startRebuildIfBehind()).as("taken by this node").isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> readersDocuments() == publicEntries.count());
        // released when the rebuild ends, so another node may claim it at once
        await().atMost(Duration.ofSeconds(60))
                .until(() -> leases.claim(IndexOnStart.LEASE, "another-node", Duration.ofMinutes(2)));
        leases.release(IndexOnStart.LEASE, "another-node");
    }

    private long readersDocuments() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager)
                    .search(PublicEntry.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
    }

    /**
     * Every word of our stemmers' test pairs (and some English and Russian), analysed by the engine with the
     * generated settings and by the embedded chain: the same stems, one line of the pairs at a time.
     */
    @Test
    void theEngineStemsAsTheEmbeddedChainDoes() {
        for (String key : List.of("kk", "ky", "tg", "uz", "tk", "az", "ru", "en")) {
            List<String> lines = switch (key) {
                case "ru" -> List.of("Собрание собраниях выборы Выборах школьники ёлка");
                case "en" -> List.of("Farmers harvest's counted elections running");
                default -> stemFileLines(key);
            };
            List<String> differences = new ArrayList<>();
            for (String line : lines) {
                List<String> embedded = lucene(LanguageAnalyzers.text(key), line);
                List<String> engine = openSearch(LanguageAnalyzers.textAnalyzerName(key), line);
                if (!embedded.equals(engine)) {
                    differences.add(line + ": " + embedded + " / " + engine);
                }
            }
            assertThat(differences)
                    .as("%s: lines stemmed differently (embedded / OpenSearch)", key)
                    .isEmpty();
        }
    }

    private static List<String> stemFileLines(String key) {
        try (var in = OpenSearchBackendTest.class.getResourceAsStream("/search/stems/" + key + ".txt")) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.replace(":", " ").trim());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lucene(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private List<String> openSearch(String analyzer, String text) {
        String json = "{\"analyzer\":\"" + analyzer + "\",\"text\":\""
                + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        String response = OpenSearchNode.post(publicIndex() + "/_analyze", json);
        assertThat(response).as("analysis by %s", analyzer).contains("\"tokens\"");
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(response);
        while (matcher.find()) {
            tokens.add(matcher.group(1));
        }
        return tokens;
    }
}
