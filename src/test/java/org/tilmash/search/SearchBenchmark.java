package org.tilmash.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.tilmash.i18n.LanguageRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search at size: {@code tilmash.bench.versions} (default 100 000) published versions spread evenly over the eight
 * languages, their text made of the demo content's sentences in the same language, shuffled and recombined, written
 * straight into the readers' entry table and indexed by Hibernate Search's mass indexer into the embedded Lucene
 * index; then every query of {@code search/relevance.tsv} is run through {@link ReaderSearch} as a reader would run
 * it (rounds of warm-up, then measured rounds), and the index's size on disk is summed. Prints throughput, p50/p95
 * latency and size. Not a test: its name keeps it out of the suite, and it runs only when asked (bench/search.sh).
 */
@EnabledIfSystemProperty(named = "tilmash.bench", matches = "true")
@SpringBootTest(
        properties = {
            "tilmash.demo.enabled=false",
            "tilmash.search.reindex-on-start=false",
            "spring.jpa.properties.hibernate.generate_statistics=false",
            "logging.level.org.tilmash=warn"
        })
@ActiveProfiles("test")
class SearchBenchmark {

    private static final int VERSIONS = Integer.getInteger("tilmash.bench.versions", 100_000);
    private static final List<String> LANGUAGES = List.of("en", "ru", "kk", "ky", "tg", "tk", "uz", "az");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    ReaderSearch search;

    @Autowired
    LanguageRegistry languages;

    @Autowired
    SearchProperties properties;

    @Test
    void indexesAndSearchesAHundredThousandVersions() throws IOException {
        Map<String, List<String>> sentences = new HashMap<>();
        Map<String, List<String>> titles = new HashMap<>();
        demo(sentences, titles);
        Random random = new Random(16);
        long started = System.nanoTime();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= VERSIONS; i++) {
            String language = LANGUAGES.get(i % LANGUAGES.size());
            List<String> pool = sentences.get(language);
            StringBuilder text = new StringBuilder();
            int count = 6 + random.nextInt(10);
            for (int s = 0; s < count; s++) {
                text.append(pool.get(random.nextInt(pool.size()))).append(' ');
            }
            List<String> named = titles.get(language);
            Instant dateline = Instant.parse("2015-01-01T06:00:00Z").plusSeconds(random.nextLong(370_000_000L));
            rows.add(new Object[] {
                language + ":" + i,
                (long) i,
                language,
                language,
                false,
                (long) i,
                "b-" + i,
                1L,
                Timestamp.from(dateline),
                dateline.atZone(ZoneOffset.UTC).getYear(),
                named.get(random.nextInt(named.size())) + " " + i,
                text.toString()
            });
            if (rows.size() == 1000 || i == VERSIONS) {
                jdbc.batchUpdate(
                        "insert into tilmash_search_public_entry (id, article_id, listing_language, language, fallback,"
                                + " version_id, slug, section_id, dateline, dateline_year, title, plain_text)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        rows);
                rows.clear();
            }
        }
        double written = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        indexer.massIndex();
        double indexed = (System.nanoTime() - started) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.walk(properties.indexDir())) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }

        List<String[]> queries = queries();
        for (int round = 0; round < 3; round++) {
            queries.forEach(q -> search.search(languages.find(q[0]).orElseThrow(), true, q[1], null, null, 1));
        }
        List<Long> micros = new ArrayList<>();
        long hits = 0;
        for (int round = 0; round < 5; round++) {
            for (String[] q : queries) {
                long t = System.nanoTime();
                hits += search.search(languages.find(q[0]).orElseThrow(), true, q[1], null, null, 1)
                        .total();
                micros.add((System.nanoTime() - t) / 1000);
            }
        }
        micros.sort(Long::compare);
        System.out.printf(
                "SEARCH BENCHMARK%n%d versions (%d per language) written in %.1f s; mass-indexed in %.1f s"
                        + " (%.0f versions/s); index %.1f MB on disk; %d queries: p50 %.1f ms, p95 %.1f ms,"
                        + " max %.1f ms; %d hits in all%n",
                VERSIONS,
                VERSIONS / LANGUAGES.size(),
                written,
                indexed,
                VERSIONS / indexed,
                bytes / 1048576.0,
                micros.size(),
                micros.get(micros.size() / 2) / 1000.0,
                micros.get((int) (micros.size() * 0.95)) / 1000.0,
                micros.getLast() / 1000.0,
                hits);
    }

    private static List<String[]> queries() throws IOException {
        List<String[]> queries = new ArrayList<>();
        try (InputStream in = SearchBenchmark.class.getResourceAsStream("/search/relevance.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    queries.add(new String[] {columns[0], columns[1]});
                }
            }
        }
        return queries;
    }

    private static void demo(Map<String, List<String>> sentences, Map<String, List<String>> titles) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (String file : List.of("/demo/articles-1.json", "/demo/articles-2.json")) {
            try (InputStream in = SearchBenchmark.class.getResourceAsStream(file)) {
                for (JsonNode article : json.readTree(in).get("articles")) {
                    for (String language : LANGUAGES) {
                        JsonNode version = article.get("versions").get(language);
                        if (version == null) {
                            continue;
                        }
                        titles.computeIfAbsent(language, l -> new ArrayList<>())
                                .add(version.get("title").asString());
                        String text = version.get("intro").asString() + " "
                                + Jsoup.parse(version.get("body").asString()).text();
                        for (String sentence : text.split("(?<=[.!?])\\s+")) {
                            if (sentence.length() > 20) {
                                sentences
                                        .computeIfAbsent(language, l -> new ArrayList<>())
                                        .add(sentence);
                            }
                        }
                    }
                }
            }
        }
    }
}
