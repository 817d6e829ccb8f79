package org.tilmash.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tilmash.accounts.Role;
import org.tilmash.support.Fixture;
import org.tilmash.support.Postgres;

/**
 * {@code bench/articles-list.sh}: the back office's article list over {@code tilmash.bench.articles} articles (default
 * 100 000; every one in English, half also in Russian, a third also in Kazakh: 183 334 versions) on PostgreSQL. Prints
 * the median and 95th percentile time of each kind of page as an editor or a reviewer opens it, and the SQL statements
 * each takes. Not a test: its name keeps it out of the suite, and it runs only when asked.
 */
@EnabledIfSystemProperty(named = "tilmash.bench", matches = "true")
@ExtendWith(Postgres.class)
@SpringBootTest(
        properties = {
            "tilmash.demo.enabled=false",
            "spring.jpa.properties.hibernate.generate_statistics=true",
            "logging.level.org.tilmash=warn"
        })
@AutoConfigureMockMvc
@ActiveProfiles({"test", "postgres"})
class ArticleListBenchmark {

    private static final int ARTICLES = Integer.getInteger("tilmash.bench.articles", 100_000);
    private static final int ROUNDS = Integer.getInteger("tilmash.bench.rounds", 40);
    private static final long FIRST_ID = 1_000_000;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixture fixture;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void listsAHundredThousandArticles() throws Exception {
        long section = fixture.section("Benchmark").id();
        long started = System.nanoTime();
        generate(section);
        long loaded = (System.nanoTime() - started) / 1_000_000;
        String editor = fixture.account("bench-editor", Role.EDITOR);
        String reviewer = fixture.account("bench-reviewer", Role.REVIEWER, "kk");
        Map<String, Object> middle = jdbc.queryForMap(
                "select listed_at, id from tilmash_article order by listed_at desc, id desc offset ? limit 1",
                ARTICLES / 2);
        String deep = "?afterKey=" + ((java.sql.Timestamp) middle.get("listed_at")).toInstant() + "&afterId="
                + middle.get("id");
        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("first page, newest first", new String[] {editor, ""});
        pages.put("a page half-way down (by key)", new String[] {editor, deep});
        pages.put("oldest first", new String[] {editor, "?sort=DATE_ASC"});
        pages.put("last changed first", new String[] {editor, "?sort=UPDATED_DESC"});
        pages.put(
                "section + state + language",
                new String[] {editor, "?section=" + section + "&state=IN_REVIEW&language=kk"});
        pages.put("needs my action (reviewer, kk)", new String[] {reviewer, "?mine=true"});
        pages.put("date range (one month)", new String[] {editor, "?from=2019-03-01&to=2019-03-31"});
        pages.put("text search in every version", new String[] {editor, "?q=number+77777"});
        StringBuilder report =
                new StringBuilder("ARTICLE LIST BENCHMARK: %,d articles, %,d versions, loaded in %,d ms%n"
                        .formatted(
                                ARTICLES,
                                jdbc.queryForObject("select count(*) from tilmash_article_version", Long.class),
                                loaded));
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        for (Map.Entry<String, String[]> page : pages.entrySet()) {
            String who = page.getValue()[0];
            String path = "/admin/articles" + page.getValue()[1];
            List<Long> times = new ArrayList<>();
            long statements = 0;
            for (int round = 0; round < ROUNDS + 5; round++) {
                statistics.clear();
                long start = System.nanoTime();
                int status = mvc.perform(get(path).with(user(who)))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                long micros = (System.nanoTime() - start) / 1000;
                if (status != 200) {
                    throw new IllegalStateException(path + " answered " + status);
                }
                if (round >= 5) {
                    times.add(micros);
                    statements = statistics.getPrepareStatementCount();
                }
            }
            times.sort(Long::compare);
            report.append(String.format(
                    Locale.ROOT,
                    "  %-34s p50 %6.1f ms  p95 %6.1f ms  %d statements%n",
                    page.getKey(),
                    times.get(times.size() / 2) / 1000.0,
                    times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1000.0,
                    statements));
        }
        System.out.println(report);
    }

    /** Articles one 37 minutes after the other since 2015, in SQL: the list reads them as it reads any others. */
    private void generate(long section) {
        Instant origin = Instant.parse("2015-01-01T00:00:00Z");
        jdbc.update("""
                insert into tilmash_article (id, section_id, source_language, author, created_at, updated_at, dateline, listed_at)
                select g, ?, 'en', 'bench-editor', t, t, t, t from generate_series(?, ?) g,
                  lateral (select cast(? as timestamp with time zone) + (g - ?) * interval '37 minutes' as t) d
                """, section, FIRST_ID, FIRST_ID + ARTICLES - 1, java.sql.Timestamp.from(origin), FIRST_ID);
        version("en", 0, "PUBLISHED", "true");
        version("ru", 1, "DRAFT", "a.id % 2 = 0");
        version("kk", 2, "IN_REVIEW", "a.id % 3 = 0");
        jdbc.update("""
                insert into tilmash_revision (id, version_id, number, title, intro, body, author, created_at, byline)
                select v.id, v.id, 1, 'Story number ' || v.article_id || ' in ' || v.language, 'What happened.',
                  '<p>The body of story number ' || v.article_id || ', with a few more words to search through.</p>',
                  'bench-editor', v.state_changed_at, ''
                from tilmash_article_version v where v.article_id >= ?
                """, FIRST_ID);
        jdbc.update("""
                update tilmash_article_version set working_revision_id = id,
                  published_revision_id = case when state = 'PUBLISHED' then id end
                where article_id >= ?
                """, FIRST_ID);
        jdbc.execute("analyze");
    }

    private void version(String language, int offset, String state, String which) {
        jdbc.update("""
                insert into tilmash_article_version (id, article_id, section_id, language, state, outdated, slug,
                  published_at, state_changed_at, state_changed_by, version)
                select a.id * 10 + %d, a.id, a.section_id, '%s', '%s', false, 'story-' || a.id,
                  case when '%s' = 'PUBLISHED' then a.created_at end, a.created_at, 'bench-editor', 0
                from tilmash_article a where a.id >= ? and %s
                """.formatted(offset, language, state, state, which), FIRST_ID);
    }
}
