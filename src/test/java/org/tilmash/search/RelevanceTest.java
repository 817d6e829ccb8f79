package org.tilmash.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.support.SearchIndexing;
import org.tilmash.support.TilmashTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relevance, measured: the queries of {@code search/relevance.tsv} (at least 20 per language, written against the
 * demo content) are run as a reader of their language would run them, and the rank of the article that must come
 * first gives each language's mean reciprocal rank and recall at 5. The test prints them and fails below the first
 * honest measurement (see {@code bench/RESULTS.md}).
 */
@TilmashTest
class RelevanceTest {

    /**
     * From the first measurement (MRR 1.000 everywhere but uz 0.975, recall@5 1.000 everywhere): one query per
     * language may slip from first place before the test fails.
     */
    private static final Map<String, double[]> THRESHOLDS = Map.of(
            "en", new double[] {0.95, 0.95},
            "ru", new double[] {0.95, 0.95},
            "kk", new double[] {0.95, 0.95},
            "ky", new double[] {0.95, 0.95},
            "tg", new double[] {0.95, 0.95},
            "tk", new double[] {0.95, 0.95},
            "uz", new double[] {0.95, 0.95},
            "az", new double[] {0.95, 0.95});

    @Autowired
    ReaderSearch search;

    @Autowired
    LanguageRegistry languages;

    @Autowired
    JdbcTemplate jdbc;

    record Judgement(String language, String query, String demoId) {}

    @Test
    void eachLanguageFindsWhatItMustFindFirst() throws IOException {
        Map<String, Long> articles = demoArticles();
        List<Judgement> judgements = judgements();
        assertThat(articles).hasSize(30);
        // The demo is indexed after its import commits: wait until every judged article has its entry, and until no
        // indexing is left (an entry may still be a fallback's while the language's own version waits its turn).
        await().atMost(Duration.ofSeconds(60))
                .until(() -> judgements.stream().allMatch(j -> indexedYet(j, articles.get(j.demoId()))));
        SearchIndexing.awaitQuiet(jdbc);
        Map<String, List<Integer>> ranks = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (Judgement judgement : judgements) {
            int rank = rank(judgement, articles.get(judgement.demoId()));
            ranks.computeIfAbsent(judgement.language(), l -> new ArrayList<>()).add(rank);
            if (rank != 1) {
                misses.add(judgement.language() + " «" + judgement.query() + "» → " + judgement.demoId() + " at "
                        + (rank == 0 ? "none" : rank));
            }
        }
        StringBuilder report = new StringBuilder("| language | queries | MRR | recall@5 |\n|---|---|---|---|\n");
        Map<String, double[]> measured = new HashMap<>();
        ranks.forEach((language, found) -> {
            double mrr = found.stream()
                    .mapToDouble(rank -> rank == 0 ? 0 : 1.0 / rank)
                    .average()
                    .orElse(0);
            double recall = found.stream().filter(rank -> rank > 0 && rank <= 5).count() / (double) found.size();
            measured.put(language, new double[] {mrr, recall});
            report.append("| %s | %d | %.3f | %.3f |%n".formatted(language, found.size(), mrr, recall));
        });
        System.out.println("Relevance on the demo content:\n" + report + "Not first: " + misses);
        ranks.forEach((language, found) -> assertThat(found).as(language).hasSizeGreaterThanOrEqualTo(20));
        measured.forEach((language, values) -> {
            double[] required = THRESHOLDS.get(language);
            assertThat(values[0]).as("%s MRR; not first: %s", language, misses).isGreaterThanOrEqualTo(required[0]);
            assertThat(values[1])
                    .as("%s recall@5; not first: %s", language, misses)
                    .isGreaterThanOrEqualTo(required[1]);
        });
    }

    /** Whether the article's entry in this language's listing exists yet (the demo's indexing may still run). */
    private boolean indexedYet(Judgement judgement, Long articleId) {
        Integer entries = jdbc.queryForObject(
                "select count(*) from tilmash_search_public_entry where article_id = ? and listing_language = ?",
                Integer.class,
                articleId,
                judgement.language());
        return entries != null && entries > 0;
    }

    /** 1 for first, 0 when not among the first 50. */
    private int rank(Judgement judgement, Long articleId) {
        var language = languages.find(judgement.language()).orElseThrow();
        for (int page = 1; page <= 5; page++) {
            List<ReaderSearch.Hit> hits = search.search(language, true, judgement.query(), null, null, page)
                    .hits();
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).articleId().equals(articleId)) {
                    return (page - 1) * 10 + i + 1;
                }
            }
            if (hits.size() < 10) {
                break;
            }
        }
        return 0;
    }

    private static List<Judgement> judgements() throws IOException {
        List<Judgement> judgements = new ArrayList<>();
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/search/relevance.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                judgements.add(new Judgement(columns[0], columns[1], columns[2].strip()));
            }
        }
        return judgements;
    }

    /** The demo's ids and the articles they became, found by one of their published titles. */
    private Map<String, Long> demoArticles() throws IOException {
        Map<String, Long> ids = new HashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String file : List.of("/demo/articles-1.json", "/demo/articles-2.json")) {
            try (InputStream in = RelevanceTest.class.getResourceAsStream(file)) {
                for (JsonNode article : json.readTree(in).get("articles")) {
                    for (JsonNode version : article.get("versions")) {
                        if (version.get("state").asString().equals("PUBLISHED")) {
                            List<Long> found = jdbc.queryForList(
                                    "select v.article_id from tilmash_article_version v join tilmash_revision r"
                                            + " on r.id = v.published_revision_id where r.title = ?",
                                    Long.class,
                                    version.get("title").asString());
                            if (!found.isEmpty()) {
                                ids.put(article.get("id").asString(), found.getFirst());
                                break;
                            }
                        }
                    }
                }
            }
        }
        return ids;
    }
}
