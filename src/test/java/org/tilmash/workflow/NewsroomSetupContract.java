package org.tilmash.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tilmash.accounts.Role;
import org.tilmash.accounts.SystemTask;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.ListedArticle;
import org.tilmash.content.PublishedVersion;
import org.tilmash.content.ReaderQueries;
import org.tilmash.content.SectionView;
import org.tilmash.content.TextRefusedException;
import org.tilmash.content.VersionState;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;

/**
 * What a newsroom moving in needs from sections, article dates and bylines, on every supported database: one subclass
 * per database.
 */
abstract class NewsroomSetupContract {

    private static final Instant WINTER_2021 = Instant.parse("2021-12-27T06:30:00Z");

    @Autowired
    Sections sections;

    @Autowired
    ArticleSettings settings;

    @Autowired
    Workflow workflow;

    @Autowired
    ContentService content;

    @Autowired
    ReaderQueries reader;

    @Autowired
    AuditTrail audit;

    @Autowired
    Fixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private SectionView section(String english, String russian, String kazakh) {
        return SystemTask.run(
                "test", () -> sections.create(Map.of("en", english, "ru", russian, "kk", kazakh), Map.of()));
    }

    private static String unique(String name) {
        return name + " " + TestAccounts.unique("s").replaceAll("[^a-z0-9]", "");
    }

    @Test
    void aFreshInstallHasANewsSectionSoTheFirstArticleCanBeSaved() {
        assertThat(reader.section("en", "news"))
                .hasValueSatisfying(news -> assertThat(news.name(List.of("ru"))).isEqualTo("Новости"));
    }

    @Test
    void eachNamedLanguageGetsItsOwnTransliteratedSlugThatLeadsToTheSection() {
        String suffix = TestAccounts.unique("s").replaceAll("[^a-z0-9]", "");
        SectionView created = section("Water " + suffix, "Вода " + suffix, "Су " + suffix);

        assertThat(created.slug("en")).isEqualTo("water-" + suffix);
        assertThat(created.slug("ru")).isEqualTo("voda-" + suffix);
        assertThat(created.slug("kk")).isEqualTo("su-" + suffix);
        assertThat(reader.section("ru", "voda-" + suffix)).map(SectionView::id).contains(created.id());
        // A reader who switched language on a section page still finds it, under another language's slug.
        assertThat(reader.section("kk", "voda-" + suffix)).map(SectionView::id).contains(created.id());
    }

    @Test
    void aRenamedSectionKeepsItsOldSlugsLeadingToIt() {
        SectionView created = section(unique("Trade"), unique("Торговля"), unique("Сауда"));
        String oldRussian = created.slug("ru");

        SectionView renamed = SystemTask.run(
                "test",
                () -> sections.rename(
                        created.id(),
                        Map.of("en", unique("Economy"), "ru", unique("Экономика")),
                        Map.of("ru", "ekonomika-" + created.id())));

        assertThat(renamed.slug("ru")).isEqualTo("ekonomika-" + created.id());
        assertThat(reader.section("ru", oldRussian)).map(SectionView::id).contains(created.id());
        assertThat(reader.section("ru", "ekonomika-" + created.id()))
                .map(SectionView::id)
                .contains(created.id());
    }

    @Test
    void aSlugTakenByAnotherSectionIsRefusedAndNothingChanges() {
        SectionView one = section(unique("One"), unique("Один"), unique("Бір"));
        SectionView two = section(unique("Two"), unique("Два"), unique("Екі"));

        assertThatThrownBy(() -> SystemTask.run(
                        "test", () -> sections.rename(two.id(), two.names(), Map.of("en", one.slug("en")))))
                .isInstanceOf(TextRefusedException.class)
                .extracting(refused -> ((TextRefusedException) refused).messageKey())
                .isEqualTo("section.error.slugTaken");
        assertThat(content.sections())
                .filteredOn(section -> section.id().equals(two.id()))
                .singleElement()
                .satisfies(unchanged -> assertThat(unchanged.slug("en")).isEqualTo(two.slug("en")));
    }

    @Test
    void anArchivedSectionIsHiddenFromReadersButItsArticlesStay() {
        SectionView archived = section(unique("Archive"), unique("Архив"), unique("Мұрағат"));
        Fixture.Article article = fixture.article("en")
                .in(new Fixture.Section(archived.id(), archived.slug("en")))
                .published("en", Fixture.text("Kept article", "Intro"))
                .create();

        SystemTask.run("test", () -> sections.archive(archived.id(), true));

        assertThat(reader.sections()).extracting(SectionView::id).doesNotContain(archived.id());
        assertThat(reader.section("en", archived.slug("en"))).isEmpty();
        assertThat(reader.liveVersions(article.id())).containsKey("en");
        assertThat(content.sections()).extracting(SectionView::id).contains(archived.id());
    }

    @Test
    void mergingMovesEveryArticleAndItsCountAndRedirectsTheOldSlugs() {
        SectionView merged = section(unique("Breaking"), unique("Срочно"), unique("Шұғыл"));
        SectionView target = section(unique("News"), unique("Новости"), unique("Жаңалық"));
        Fixture.Section from = new Fixture.Section(merged.id(), merged.slug("en"));
        Fixture.Article first = fixture.article("en")
                .in(from)
                .published("en", Fixture.text("First merged", "Intro"))
                .create();
        fixture.article("en")
                .in(from)
                .published("en", Fixture.text("Second merged", "Intro"))
                .create();
        assertThat(reader.counts("en", ReaderQueries.Scope.OWN)).containsEntry(merged.id(), 2);

        int moved = SystemTask.run("test", () -> sections.merge(merged.id(), target.id()));

        assertThat(moved).isEqualTo(2);
        assertThat(reader.counts("en", ReaderQueries.Scope.OWN))
                .containsEntry(target.id(), 2)
                .containsEntry(merged.id(), 0);
        assertThat(reader.liveVersions(first.id()).get("en").sectionId()).isEqualTo(target.id());
        assertThat(reader.section("ru", merged.slug("ru"))).map(SectionView::id).contains(target.id());
        assertThat(content.sections()).extracting(SectionView::id).doesNotContain(merged.id());
        assertThat(audit.ofArticle(first.id())).extracting(AuditRecord::action).contains(Transition.SECTION_CHANGED);
    }

    @Test
    void anArticleMovedToAnotherSectionIsCountedThere() {
        Fixture.Section from = fixture.section("From");
        Fixture.Section to = fixture.section("To");
        Fixture.Article article = fixture.article("en")
                .in(from)
                .published("en", Fixture.text("Moving article", "Intro"))
                .create();

        SystemTask.run("test", () -> settings.moveToSection(article.id(), to.id()));

        Map<Long, Integer> counts = reader.counts("en", ReaderQueries.Scope.OWN);
        assertThat(counts).containsEntry(from.id(), 0).containsEntry(to.id(), 1);
        assertThat(reader.page("en", reader.section("en", to.slug()), ReaderQueries.Scope.OWN, 0, 10))
                .extracting(ListedArticle::articleId)
                .containsExactly(article.id());
    }

    @Test
    void oneDatelineIsSharedByAllLanguagesAndOrdersTheListingWhileFirstPublicationsAreKept() {
        Fixture.Section section = fixture.section("Dated");
        Fixture.Article older = fixture.article("en")
                .in(section)
                .dated(WINTER_2021)
                .published("en", Fixture.text("Entered late", "Intro"))
                .published("ru", Fixture.text("Внесено позже", "Вступление"))
                .create();
        Fixture.Article newer = fixture.article("en")
                .in(section)
                .published("en", Fixture.text("Entered today", "Intro"))
                .create();

        Map<String, PublishedVersion> live = reader.liveVersions(older.id());
        assertThat(live.values()).extracting(PublishedVersion::dateline).containsOnly(WINTER_2021);
        assertThat(live.get("en").publishedAt()).isAfter(WINTER_2021);
        assertThat(reader.liveVersions(newer.id()).get("en").dateline())
                .isCloseTo(clock.instant(), org.assertj.core.api.Assertions.within(Duration.ofMinutes(5)));
        assertThat(reader.page("en", reader.section("en", section.slug()), ReaderQueries.Scope.OWN, 0, 10))
                .extracting(ListedArticle::articleId)
                .containsExactly(newer.id(), older.id());
    }

    @Test
    void changingTheDatelineReordersTheListingAndIsAudited() {
        Fixture.Section section = fixture.section("Redated");
        Fixture.Article first = fixture.article("en")
                .in(section)
                .published("en", Fixture.text("First written", "Intro"))
                .create();
        Fixture.Article second = fixture.article("en")
                .in(section)
                .published("en", Fixture.text("Second written", "Intro"))
                .create();
        String editor = fixture.account("editor", Role.EDITOR);

        SignedIn.run(editor, () -> settings.changeDateline(second.id(), WINTER_2021));

        assertThat(reader.page("en", reader.section("en", section.slug()), ReaderQueries.Scope.OWN, 0, 10))
                .extracting(ListedArticle::articleId)
                .containsExactly(first.id(), second.id());
        assertThat(audit.ofArticle(second.id()))
                .filteredOn(entry -> entry.action() == Transition.DATELINE_CHANGED)
                .singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(editor));
    }

    @Test
    void aDatelineInTheFutureIsRefusedWithNothingChanged() {
        Fixture.Article article = fixture.article("en")
                .dated(WINTER_2021)
                .published("en", Fixture.text("Not from the future", "Intro"))
                .create();
        String editor = fixture.account("editor", Role.EDITOR);

        assertRefused(
                "workflow.error.datelineFuture",
                () -> SignedIn.run(
                        editor,
                        () -> settings.change(
                                article.id(),
                                Optional.of(clock.instant().plus(Duration.ofDays(1))),
                                fixture.section("Elsewhere").id())));
        PublishedVersion after = reader.liveVersions(article.id()).get("en");
        assertThat(after.dateline()).isEqualTo(WINTER_2021);
        assertThat(after.sectionId()).isEqualTo(article.sectionId());
    }

    @Test
    void settingsSavedFromAFormShownBeforeSomeoneElsesChangeAreRefusedWithNothingChanged() {
        Fixture.Article article = fixture.article("en")
                .dated(WINTER_2021)
                .published("en", Fixture.text("Two desks, one article", "Intro"))
                .create();
        String first = fixture.account("editor", Role.EDITOR);
        String second = fixture.account("editor", Role.EDITOR);
        Long economy = fixture.section("Economy").id();
        String shownToBoth = settings.stamp(article.id());

        SignedIn.run(
                first,
                () -> settings.change(
                        article.id(), Optional.of(shownToBoth), Optional.empty(), economy, Map.of(), Locale.ENGLISH));
        Instant later = WINTER_2021.plus(Duration.ofDays(3));
        assertRefused(
                "article.error.settingsChanged",
                () -> SignedIn.run(
                        second,
                        () -> settings.change(
                                article.id(),
                                Optional.of(shownToBoth),
                                Optional.of(later),
                                article.sectionId(),
                                Map.of(),
                                Locale.ENGLISH)));
        PublishedVersion after = reader.liveVersions(article.id()).get("en");
        assertThat(after.sectionId()).as("the first editor's section stays").isEqualTo(economy);
        assertThat(after.dateline()).isEqualTo(WINTER_2021);

        String shownAgain = settings.stamp(article.id());
        SignedIn.run(
                second,
                () -> settings.change(
                        article.id(), Optional.of(shownAgain), Optional.of(later), economy, Map.of(), Locale.ENGLISH));
        assertThat(reader.liveVersions(article.id()).get("en").dateline()).isEqualTo(later);
    }

    @Test
    void aDatelineBefore1900IsRefusedWithNothingChangedAndTheArticleStillPublishes() {
        Fixture.Article article = fixture.article("en")
                .dated(WINTER_2021)
                .inReview("en", Fixture.text("An old story", "Intro"))
                .create();
        String editor = fixture.account("editor", Role.EDITOR);

        for (String early : List.of("0001-01-01T00:00:00Z", "1899-12-31T23:59:59Z")) {
            assertRefused(
                    "workflow.error.datelineTooEarly",
                    () -> SignedIn.run(
                            editor,
                            () -> settings.change(
                                    article.id(), Optional.of(Instant.parse(early)), article.sectionId())));
        }
        SignedIn.run(
                editor,
                () -> settings.change(
                        article.id(), Optional.of(Instant.parse("1900-01-01T00:00:00Z")), article.sectionId()));
        SignedIn.run(article.reviewer(), () -> workflow.approve(article.version("en"), Optional.empty()));
        assertThat(reader.liveVersions(article.id()).get("en").dateline())
                .isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
    }

    @Test
    void approvingWithAPublicationTimeAlreadyPassedIsRefusedAndStaysInReview() {
        Fixture.Article article = fixture.article("en")
                .inReview("en", Fixture.text("Late approval", "Intro"))
                .create();
        Long version = article.version("en");

        assertRefused(
                "workflow.error.publishAtPast",
                () -> SignedIn.run(
                        article.reviewer(),
                        () -> workflow.approve(
                                version, Optional.of(clock.instant().minus(Duration.ofHours(2))))));
        assertThat(content.version(version).orElseThrow().state()).isEqualTo(VersionState.IN_REVIEW);
        assertThat(reader.liveVersions(article.id())).isEmpty();
    }

    @Test
    void aBylineIsPartOfTheReviewedTextAndSurvivesSavesThatDoNotMentionIt() {
        Fixture.Article article = fixture.article("en")
                .published("en", new ArticleText("Bylined", "Intro", "<p>Text</p>", "Press service"))
                .create();
        fixture.saveDraft(article.id(), "en", Fixture.text("Bylined, revised", "Intro"), article.editor());

        assertThat(reader.liveVersions(article.id()).get("en").byline()).isEqualTo("Press service");
        assertThat(content.findVersion(article.id(), "en")
                        .orElseThrow()
                        .working()
                        .byline())
                .isEqualTo("Press service");
        assertThat(jdbc.queryForObject(
                        "select count(*) from tilmash_revision r join tilmash_article_version v on v.id = r.version_id"
                                + " where v.article_id = ? and r.byline = 'Press service'",
                        Integer.class,
                        article.id()))
                .isEqualTo(2);
    }

    private static void assertRefused(String messageKey, Runnable action) {
        assertThatThrownBy(action::run)
                .isInstanceOf(WorkflowException.class)
                .extracting(refused -> ((WorkflowException) refused).messageKey())
                .isEqualTo(messageKey);
    }
}
