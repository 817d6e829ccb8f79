package org.tilmash.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Persistence behaviour that must hold on every supported database; one subclass per database. */
abstract class ContentPersistenceContract {

    private static final String AUTHOR = "persistence-test";

    @Autowired
    ContentService content;

    @Autowired
    ReaderQueries reader;

    @Autowired
    ArticleVersionRepository versions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private Section section() {
        return content.createSection("s-" + UUID.randomUUID(), Map.of("en", "Tests", "ru", "Тесты"));
    }

    private ArticleVersion reload(Long versionId) {
        return transaction.execute(status -> {
            ArticleVersion version = versions.findById(versionId).orElseThrow();
            version.getWorkingRevision().getTitle();
            if (version.getPublishedRevision() != null) {
                version.getPublishedRevision().getTitle();
            }
            return version;
        });
    }

    @Test
    void everyMigrationIsAppliedFromTheSameScripts() throws IOException {
        int scripts = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql").length;
        Integer applied = jdbc.queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"type\" = 'SQL' and \"success\" = true",
                Integer.class);
        assertThat(applied).isEqualTo(scripts);
    }

    @Test
    void savingWritesImmutableRevisionsAndReadersKeepThePublishedOneWhileANewDraftIsWritten() {
        Section section = section();
        Article article = content.createArticle(section.getId(), "en", AUTHOR);
        Revision first =
                content.saveDraft(article.getId(), "en", new ArticleText("Water talks", "Intro", "<p>One</p>"), AUTHOR);
        Long versionId = first.getVersion().getId();
        content.publish(versionId, AUTHOR, Instant.parse("2026-11-01T10:00:00Z"));

        Revision second = content.saveDraft(
                article.getId(), "en", new ArticleText("Water talks resume", "Intro", "<p>Two</p>"), AUTHOR);

        ArticleVersion version = reload(versionId);
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(version.getState()).isEqualTo(VersionState.DRAFT);
        assertThat(version.getWorkingRevision().getTitle()).isEqualTo("Water talks resume");
        assertThat(version.getPublishedRevision().getTitle()).isEqualTo("Water talks");
        assertThat(version.getPublishedAt()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(jdbc.queryForObject("select body from revision where id = ?", String.class, first.getId()))
                .isEqualTo("<p>One</p>");
    }

    @Test
    void sectionCountersFollowPublishAndUnpublishPerLanguage() {
        Section section = section();
        Article article = content.createArticle(section.getId(), "en", AUTHOR);
        Long en = content.saveDraft(article.getId(), "en", new ArticleText("Counted", "Intro", "<p>Body</p>"), AUTHOR)
                .getVersion()
                .getId();
        Long ru = content.saveDraft(
                        article.getId(), "ru", new ArticleText("Посчитано", "Вступление", "<p>Текст</p>"), AUTHOR)
                .getVersion()
                .getId();

        content.publish(en, AUTHOR, Instant.now());
        content.publish(en, AUTHOR, Instant.now());
        content.publish(ru, AUTHOR, Instant.now());
        assertThat(reader.counts("en", ReaderQueries.Scope.OWN)).containsEntry(section.getId(), 1);
        assertThat(reader.counts("ru", ReaderQueries.Scope.OWN)).containsEntry(section.getId(), 1);

        content.unpublish(ru, AUTHOR);
        content.unpublish(ru, AUTHOR);
        assertThat(reader.counts("ru", ReaderQueries.Scope.OWN)).containsEntry(section.getId(), 0);
        assertThat(reader.counts("en", ReaderQueries.Scope.OWN)).containsEntry(section.getId(), 1);
        assertThat(reload(ru).isLive()).isFalse();
    }

    @Test
    void slugsAreTransliteratedPerLanguageAndUniqueWithinALanguage() {
        Section section = section();
        String title =
                "Қазақстан мен Қырғызстан " + UUID.randomUUID().toString().substring(0, 8);
        Article one = content.createArticle(section.getId(), "ru", AUTHOR);
        Article two = content.createArticle(section.getId(), "ru", AUTHOR);
        ArticleVersion first = content.saveDraft(
                        one.getId(), "kk", new ArticleText(title, "Кіріспе", "<p>Мәтін</p>"), AUTHOR)
                .getVersion();
        ArticleVersion second = content.saveDraft(
                        two.getId(), "kk", new ArticleText(title, "Кіріспе", "<p>Мәтін</p>"), AUTHOR)
                .getVersion();
        assertThat(first.getSlug()).startsWith("qazaqstan-men-qyrghyzstan-");
        assertThat(second.getSlug()).isEqualTo(first.getSlug() + "-2");
    }

    @Test
    void bodiesAreSanitizedAndCyrillicTextIsStoredIntact() {
        Section section = section();
        Article article = content.createArticle(section.getId(), "ru", AUTHOR);
        String body = "<p onclick=\"steal()\">Ынтымақтастық ғ ң ү ә <a href=\"javascript:alert(1)\">x</a></p>"
                + "<script>alert(1)</script><p style=\"color:red\">Oʻzbek ə ş</p>";
        Revision revision = content.saveDraft(article.getId(), "kk", new ArticleText("Тест", "Кіріспе", body), AUTHOR);
        String stored = jdbc.queryForObject("select body from revision where id = ?", String.class, revision.getId());
        assertThat(stored)
                .contains("Ынтымақтастық ғ ң ү ә", "Oʻzbek ə ş")
                .doesNotContain("onclick", "script", "javascript:", "style");
    }
}
