package org.tilmash.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tilmash.accounts.SystemTask;
import org.tilmash.content.ContentService;
import org.tilmash.content.SectionView;
import org.tilmash.content.VersionState;
import org.tilmash.content.VersionView;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;
import org.tilmash.migration.ImportReport.Result;
import org.tilmash.workflow.AuditRecord;
import org.tilmash.workflow.AuditTrail;
import org.tilmash.workflow.Transition;

/**
 * A Joomla site imported end to end, for every supported schema of one database kind: the dry run writes nothing and
 * says what would happen, the import makes one article per group of translations with its dates, bylines, slugs and
 * gallery, refuses what it must with the reason, and a second run changes nothing; an item changed on the old site is
 * updated, not created again. One subclass per database the old site may run on.
 */
abstract class JoomlaImportContract {

    static final String ACTOR = "import-test";

    @Autowired
    Importer importer;

    @Autowired
    ContentService content;

    @Autowired
    Gallery gallery;

    @Autowired
    AuditTrail audit;

    @Autowired
    Mapping mapping;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path root;

    /** A connection to the database the old site is written into. */
    abstract Connection joomla() throws SQLException;

    abstract JoomlaSchema.Dialect dialect();

    abstract ImportSource source(OldJoomla site);

    static List<JoomlaSchema> schemas() {
        return List.of(JoomlaSchema.values());
    }

    ImportReport run(OldJoomla site, boolean dryRun, boolean unpublishedAsDrafts) {
        return SystemTask.run(ACTOR, () -> importer.run(new ImportRequest(source(site), dryRun, unpublishedAsDrafts)));
    }

    OldJoomla site(JoomlaSchema schema) throws SQLException {
        try (Connection connection = joomla()) {
            return OldJoomla.write(connection, schema, dialect(), root);
        }
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void importsTheSiteOnceAndThenOnlyWhatChanged(JoomlaSchema schema) throws SQLException {
        OldJoomla site = site(schema);
        long articlesBefore = content.articleCount();

        ImportReport dryRun = run(site, true, true);

        assertThat(dryRun.failure()).isNull();
        assertThat(dryRun.sections(Result.CREATED)).isEqualTo(2);
        // The summit in three languages, the markets item, and the unpublished and trashed ones as drafts.
        assertThat(dryRun.articles(Result.CREATED)).isEqualTo(4);
        assertThat(dryRun.articles(Result.REFUSED)).isEqualTo(2);
        assertThat(notes(dryRun, site.id(OldJoomla.FRENCH))).containsExactly("import.note.unknownLanguage");
        assertThat(notes(dryRun, site.id(OldJoomla.UNTITLED))).containsExactly("import.note.emptyTitle");
        assertThat(notes(dryRun, site.id(OldJoomla.MARKETS_ALL)))
                .contains("import.note.missingImage", "import.note.sanitized");
        assertThat(content.articleCount()).isEqualTo(articlesBefore);
        assertThat(mapping.find(JoomlaSite.SOURCE, Mapping.ARTICLE, site.id(OldJoomla.SUMMIT_EN)))
                .isEmpty();

        ImportReport imported = run(site, false, true);

        assertThat(imported.articles(Result.CREATED)).isEqualTo(4);
        assertThat(imported.articles(Result.REFUSED)).isEqualTo(2);
        assertThat(content.articleCount()).isEqualTo(articlesBefore + 4);
        Long summit = articleOf(site, OldJoomla.SUMMIT_EN);
        assertThat(articleOf(site, OldJoomla.SUMMIT_RU)).isEqualTo(summit);
        assertThat(articleOf(site, OldJoomla.SUMMIT_KK)).isEqualTo(summit);
        Map<String, VersionView> versions = versions(summit);
        assertThat(versions).containsOnlyKeys("en", "ru", "kk");
        VersionView en = versions.get("en");
        assertThat(en.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(en.sourceLanguage()).isEqualTo("en");
        assertThat(en.dateline()).isEqualTo(Instant.parse("2021-12-27T04:15:00Z"));
        assertThat(en.slug()).isEqualTo(site.alias("water-summit-opens"));
        assertThat(en.working().title()).isEqualTo("Water summit opens in Almaty");
        assertThat(en.working().intro()).isEqualTo("Leaders of five countries met on Monday.");
        assertThat(en.working().body()).contains("<strong>opened</strong>").doesNotContain("images/news");
        assertThat(en.working().byline()).isEqualTo("Press service");
        assertThat(versions.get("kk").working().byline()).isEqualTo("Aigerim Nurlanova");
        assertThat(versions.get("ru").publishedAt()).isEqualTo(Instant.parse("2021-12-27T05:00:00Z"));
        assertThat(versions.get("ru").working().body()).doesNotContain("{gallery}");

        List<Image> images = gallery.of(summit);
        assertThat(images).extracting(Image::originalName).containsExactly("summit.jpg", "a.png", "b.png");
        assertThat(en.working().body()).contains("src=\"" + images.getFirst().largestUrl() + "\"");
        assertThat(images.get(0).text("en").alt()).isEqualTo("Delegates in the hall");
        assertThat(images.get(1).text("en").alt()).isEqualTo("Delegates arriving");
        assertThat(images.get(1).text("ru").alt()).isEqualTo("Делегаты прибывают");
        assertThat(images.get(1).text("ru").caption()).isEqualTo("Первые делегации у входа");
        assertThat(images.get(2).hasAlt("en")).isFalse();
        assertThat(notes(imported, site.id(OldJoomla.SUMMIT_EN))).contains("import.note.altMissing");

        Map<String, VersionView> markets = versions(articleOf(site, OldJoomla.MARKETS_ALL));
        assertThat(markets).containsOnlyKeys("en");
        assertThat(markets.get("en").dateline()).isEqualTo(Instant.parse("2020-03-01T10:00:00Z"));
        assertThat(markets.get("en").working().body())
                .contains("Markets stayed calm")
                .doesNotContain("script", "onclick", "iframe", "missing.jpg");
        assertThat(versions(articleOf(site, OldJoomla.UNPUBLISHED)).get("en").state())
                .isEqualTo(VersionState.DRAFT);

        SectionView news = section(en.sectionId());
        assertThat(news.names()).containsEntry("en", "Breaking news").containsEntry("ru", "Срочные новости");

        List<AuditRecord> trail = audit.ofArticle(summit);
        assertThat(trail)
                .filteredOn(entry -> entry.action() == Transition.IMPORTED)
                .isNotEmpty()
                .allSatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo(ACTOR);
                    assertThat(entry.comment()).startsWith("joomla:").contains(String.valueOf(site.id(1)));
                });

        ImportReport again = run(site, false, true);

        assertThat(again.articles(Result.UNCHANGED)).isEqualTo(4);
        assertThat(again.articles(Result.CREATED)).isZero();
        assertThat(again.sections(Result.UNCHANGED)).isEqualTo(2);
        assertThat(content.articleCount()).isEqualTo(articlesBefore + 4);
        assertThat(gallery.of(summit)).hasSize(3);

        try (Connection connection = joomla()) {
            site.retitle(connection, OldJoomla.SUMMIT_RU, "В Алматы открылся водный саммит ООН");
        }
        ImportReport changed = run(site, false, true);

        assertThat(changed.articles(Result.UPDATED)).isEqualTo(1);
        assertThat(changed.articles(Result.UNCHANGED)).isEqualTo(3);
        assertThat(content.articleCount()).isEqualTo(articlesBefore + 4);
        assertThat(versions(summit).get("ru").working().title()).isEqualTo("В Алматы открылся водный саммит ООН");
        assertThat(versions(summit).get("ru").state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(gallery.of(summit)).hasSize(3);
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void skipsUnpublishedAndTrashedItemsWhenAsked(JoomlaSchema schema) throws SQLException {
        OldJoomla site = site(schema);

        ImportReport report = run(site, true, false);

        assertThat(report.articles(Result.SKIPPED)).isEqualTo(2);
        assertThat(report.articles(Result.CREATED)).isEqualTo(2);
    }

    Long articleOf(OldJoomla site, int relative) {
        return mapping.find(JoomlaSite.SOURCE, Mapping.ARTICLE, site.id(relative))
                .orElseThrow()
                .targetId();
    }

    Map<String, VersionView> versions(Long articleId) {
        return content.versionsOf(articleId).stream()
                .collect(Collectors.toMap(VersionView::language, Function.identity()));
    }

    SectionView section(Long id) {
        return content.sections().stream()
                .filter(section -> section.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    static List<String> notes(ImportReport report, long oldId) {
        return report.entries().stream()
                .filter(entry ->
                        !entry.section() && List.of(entry.oldIds().split(", ")).contains(String.valueOf(oldId)))
                .flatMap(entry -> entry.notes().stream())
                .map(ImportReport.Note::key)
                .toList();
    }
}
