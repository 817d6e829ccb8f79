package org.tilmash.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Persistence behaviour that must hold on every supported database; one subclass per database. */
abstract class ContentPersistenceContract {

    private static final String AUTHOR = "persistence-test";

    private static final String EVERY_PERIOD = "select language, section_id, period, published_count, listed_count"
            + " from tilmash_listing_period order by language, section_id, period";

    @Autowired
    ContentService content;

    @Autowired
    ContentEditing editing;

    @Autowired
    SectionEditing sectionEditing;

    @Autowired
    ReaderQueries reader;

    @Autowired
    ListingPeriodRepository periods;

    @Autowired
    ReaderListing listing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    /** Content's writes join a caller's transaction, as the workflow's would. */
    private <T> T write(java.util.function.Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    private void run(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }

    private SectionView section() {
        return write(() ->
                sectionEditing.create(Map.of("en", "Tests", "ru", "Тесты"), Map.of("en", "s-" + UUID.randomUUID())));
    }

    private Long article(SectionView section, String sourceLanguage) {
        return write(() -> editing.createArticle(section.id(), sourceLanguage, AUTHOR));
    }

    private RevisionView save(Long articleId, String language, ArticleText text) {
        return write(() -> editing.saveDraft(articleId, language, text, AUTHOR, null));
    }

    @Test
    void everyMigrationIsAppliedFromTheSameScripts() throws IOException {
        int scripts = new PathMatchingResourcePatternResolver().getResources("classpath:db/tilmash/*.sql").length;
        Integer applied = jdbc.queryForObject(
                "select count(*) from \"tilmash_schema_history\" where \"type\" = 'SQL' and \"success\" = true",
                Integer.class);
        assertThat(applied).isEqualTo(scripts);
    }

    @Test
    void savingWritesImmutableRevisionsAndReadersKeepThePublishedOneWhileANewDraftIsWritten() {
        Long article = article(section(), "en");
        RevisionView first = save(article, "en", new ArticleText("Water talks", "Intro", "<p>One</p>"));
        Long versionId = first.versionId();
        Instant publishedAt = Instant.parse("2021-11-01T10:00:00Z");
        run(() -> editing.publish(versionId, AUTHOR, publishedAt));

        RevisionView second = save(article, "en", new ArticleText("Water talks resume", "Intro", "<p>Two</p>"));

        VersionView version = content.version(versionId).orElseThrow();
        assertThat(second.number()).isEqualTo(2);
        assertThat(version.state()).isEqualTo(VersionState.DRAFT);
        assertThat(version.working().title()).isEqualTo("Water talks resume");
        assertThat(version.published().title()).isEqualTo("Water talks");
        assertThat(version.publishedAt()).isEqualTo(publishedAt);
        assertThat(jdbc.queryForObject("select body from tilmash_revision where id = ?", String.class, first.id()))
                .isEqualTo("<p>One</p>");
    }

    @Test
    void sectionCountersFollowPublishAndUnpublishPerLanguage() {
        SectionView section = section();
        Long article = article(section, "en");
        Long en = save(article, "en", new ArticleText("Counted", "Intro", "<p>Body</p>"))
                .versionId();
        Long ru = save(article, "ru", new ArticleText("Посчитано", "Вступление", "<p>Текст</p>"))
                .versionId();
        Instant at = Instant.parse("2021-11-02T10:00:00Z");

        run(() -> editing.publish(en, AUTHOR, at));
        run(() -> editing.publish(en, AUTHOR, at));
        run(() -> editing.publish(ru, AUTHOR, at));
        assertThat(reader.counts("en", ReaderQueries.Scope.OWN)).containsEntry(section.id(), 1);
        assertThat(reader.counts("ru", ReaderQueries.Scope.OWN)).containsEntry(section.id(), 1);

        run(() -> editing.unpublish(ru, AUTHOR));
        run(() -> editing.unpublish(ru, AUTHOR));
        assertThat(reader.counts("ru", ReaderQueries.Scope.OWN)).containsEntry(section.id(), 0);
        assertThat(reader.counts("en", ReaderQueries.Scope.OWN)).containsEntry(section.id(), 1);
        assertThat(content.version(ru).orElseThrow().live()).isFalse();
    }

    /**
     * A page found by its number, which skips whole months and days by their counts, shows what the whole listing
     * shows at its place: in every scope, for a section and for all news, after a date change and a withdrawal, and
     * with counts kept up to date exactly as counting every entry afresh would find them.
     */
    @Test
    void pagesFoundByTheirNumberShowWhatTheWholeListingShowsAtTheirPlace() {
        SectionView section = section();
        Instant first = Instant.parse("2019-12-30T22:00:00Z");
        List<Long> articles = new ArrayList<>();
        List<Long> english = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            Long article = article(section, "en");
            Long en = save(article, "en", new ArticleText("Paged " + i, "Intro", "<p>Body</p>"))
                    .versionId();
            // Three or four a day, across a year's end; every third a month and more later.
            Instant at = first.plus(Duration.ofHours(7L * i)).plus(Duration.ofDays(i % 3 == 0 ? 40 : 0));
            run(() -> editing.publish(en, AUTHOR, at));
            if (i % 2 == 0) {
                Long ru = save(article, "ru", new ArticleText("Страница " + i, "Вступление", "<p>Текст</p>"))
                        .versionId();
                run(() -> editing.publish(ru, AUTHOR, at));
            }
            articles.add(article);
            english.add(en);
        }
        pagesMatchTheWholeListing(section);

        run(() -> editing.changeDateline(articles.get(4), Instant.parse("2018-06-15T23:59:59Z")));
        run(() -> editing.changeDateline(articles.get(10), Instant.parse("2020-01-01T00:00:00Z")));
        run(() -> editing.unpublish(english.get(7), AUTHOR));
        run(() -> editing.unpublish(english.get(8), AUTHOR));
        pagesMatchTheWholeListing(section);
        countsMatchCountingAfresh();
    }

    private void pagesMatchTheWholeListing(SectionView section) {
        int size = 4;
        for (String language : List.of("en", "ru", "kk")) {
            for (ReaderQueries.Scope scope : ReaderQueries.Scope.values()) {
                for (Optional<SectionView> listing : List.of(Optional.of(section), Optional.<SectionView>empty())) {
                    List<Long> whole = ids(reader.page(language, listing, scope, 0, 100_000));
                    for (int page = 0; page * size <= whole.size(); page++) {
                        assertThat(ids(reader.page(language, listing, scope, page, size)))
                                .as(
                                        "page %d of %s, %s, %s",
                                        page, language, scope, listing.isPresent() ? "section" : "all")
                                .containsExactlyElementsOf(
                                        whole.subList(page * size, Math.min(page * size + size, whole.size())));
                    }
                }
            }
        }
    }

    /** Listings kept from before periods were counted get them at the next start, as if maintained all along. */
    @Test
    void aStartCountsThePeriodsOfListingsKeptFromBeforeThem() {
        SectionView section = section();
        Long article = article(section, "en");
        Long en = save(article, "en", new ArticleText("Counted at start", "Intro", "<p>Body</p>"))
                .versionId();
        run(() -> editing.publish(en, AUTHOR, Instant.parse("2017-03-04T05:06:07Z")));
        List<Map<String, Object>> maintained = jdbc.queryForList(EVERY_PERIOD);
        assertThat(maintained).isNotEmpty();

        run(() -> jdbc.update("delete from tilmash_listing_period"));
        listing.run(null);

        assertThat(jdbc.queryForList(EVERY_PERIOD)).isEqualTo(maintained);
    }

    private void countsMatchCountingAfresh() {
        List<Map<String, Object>> kept = jdbc.queryForList(EVERY_PERIOD);
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from tilmash_listing_period");
            periods.countEveryDay();
            periods.countEveryMonth();
            assertThat(jdbc.queryForList(EVERY_PERIOD)).isEqualTo(kept);
            status.setRollbackOnly();
        });
    }

    private static List<Long> ids(List<ListedArticle> page) {
        return page.stream().map(ListedArticle::articleId).toList();
    }

    @Test
    void slugsAreTransliteratedPerLanguageAndUniqueWithinALanguage() {
        SectionView section = section();
        String title =
                "Қазақстан мен Қырғызстан " + UUID.randomUUID().toString().substring(0, 8);
        Long one = article(section, "ru");
        Long two = article(section, "ru");
        RevisionView first = save(one, "kk", new ArticleText(title, "Кіріспе", "<p>Мәтін</p>"));
        RevisionView second = save(two, "kk", new ArticleText(title, "Кіріспе", "<p>Мәтін</p>"));
        String firstSlug = content.version(first.versionId()).orElseThrow().slug();
        assertThat(firstSlug).startsWith("qazaqstan-men-qyrghyzstan-");
        assertThat(content.version(second.versionId()).orElseThrow().slug()).isEqualTo(firstSlug + "-2");
    }

    @Test
    void bodiesAreSanitizedAndCyrillicTextIsStoredIntact() {
        Long article = article(section(), "ru");
        String body = "<p onclick=\"steal()\">Ынтымақтастық ғ ң ү ә <a href=\"javascript:alert(1)\">x</a></p>"
                + "<script>alert(1)</script><p style=\"color:red\">Oʻzbek ə ş</p>";
        RevisionView revision = save(article, "kk", new ArticleText("Тест", "Кіріспе", body));
        String stored =
                jdbc.queryForObject("select body from tilmash_revision where id = ?", String.class, revision.id());
        assertThat(stored)
                .contains("Ынтымақтастық ғ ң ү ә", "Oʻzbek ə ş")
                .doesNotContain("onclick", "script", "javascript:", "style");
    }

    @Test
    void contentWritesNeverRunOutsideTheWorkflowsTransaction() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> sectionEditing.create(Map.of("en", "Outside"), Map.of()))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
