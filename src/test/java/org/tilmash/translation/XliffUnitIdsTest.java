package org.tilmash.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;

/** XLIFF units are matched by their id: reordered files import right, and wrong ids are refused with their line. */
@TilmashTest
class XliffUnitIdsTest {

    private static final Pattern UNIT = Pattern.compile("<unit id=\"(s\\d+)\"[^>]*>.*?</unit>", Pattern.DOTALL);

    @Autowired
    Fixture fixture;

    @Autowired
    XliffFiles xliff;

    @Autowired
    ContentService content;

    @Autowired
    AccountService accounts;

    private String translator;
    private Long articleId;

    @BeforeEach
    void aPublishedEnglishArticle() {
        String editor = TestAccounts.create(accounts, "editor", Map.of(Role.EDITOR, Set.of()));
        String reviewer = TestAccounts.create(accounts, "reviewer", Map.of(Role.REVIEWER, Set.of("en")));
        translator = TestAccounts.create(accounts, "translator", Map.of(Role.TRANSLATOR, Set.of("ky")));
        articleId = fixture.article("en")
                .by(editor)
                .reviewedBy(reviewer)
                .published("en", new ArticleText("Title", "Intro", "<p>First.</p><p>Second.</p>"))
                .create()
                .id();
    }

    /** The exported file with a target in every segment unit: "T-<source>". */
    private String translatedExport() {
        String file = SignedIn.as(translator, () -> xliff.export(List.of(articleId), "ky", "en"));
        return file.replaceAll("<source>([^<]*)</source>", "<source>$1</source><target>T-$1</target>");
    }

    private XliffFiles.Imported importFile(String file) {
        return SignedIn.as(translator, () -> xliff.importFile(file.getBytes(StandardCharsets.UTF_8)));
    }

    private static int lineOf(String file, String needle) {
        return (int) file.substring(0, file.indexOf(needle))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }

    private void assertRefused(String file, String key, Map<String, Object> arguments) {
        assertThatThrownBy(() -> importFile(file))
                .isInstanceOf(XliffException.class)
                .satisfies(refusal -> {
                    assertThat(((XliffException) refusal).messageKey()).isEqualTo(key);
                    assertThat(((XliffException) refusal).arguments()).containsAllEntriesOf(arguments);
                });
        assertThat(content.findVersion(articleId, "ky")).as("nothing written").isEmpty();
    }

    @Test
    void unitsInAnotherOrderLandInTheirOwnSegments() {
        String file = translatedExport();
        List<String> found =
                UNIT.matcher(file).results().map(MatchResult::group).toList();
        assertThat(found).hasSize(4);
        // A CAT tool sorted the units: the paragraphs first, then intro and title, reversed.
        String reordered = file.replace(found.get(0), "\u0000A")
                .replace(found.get(1), "\u0000B")
                .replace(found.get(2), "\u0000C")
                .replace(found.get(3), "\u0000D")
                .replace("\u0000A", found.get(3))
                .replace("\u0000B", found.get(2))
                .replace("\u0000C", found.get(1))
                .replace("\u0000D", found.get(0));

        assertThat(importFile(reordered).drafts()).isEqualTo(1);

        ArticleText text =
                content.findVersion(articleId, "ky").orElseThrow().working().text();
        assertThat(text.title()).isEqualTo("T-Title");
        assertThat(text.intro()).isEqualTo("T-Intro");
        assertThat(text.body()).isEqualTo("<p>T-First.</p><p>T-Second.</p>");
    }

    @Test
    void aUnitIdTheSourceDoesNotHaveIsRefusedWithItsLine() {
        String file = translatedExport().replace("<unit id=\"s3\"", "<unit id=\"s9\"");
        assertRefused(
                file,
                "xliff.error.unknownUnit",
                Map.of("unit", "s9", "line", lineOf(file, "<unit id=\"s9\""), "article", articleId));
    }

    @Test
    void aMissingUnitIsRefused() {
        String file = translatedExport();
        String last = UNIT.matcher(file).results().toList().getLast().group();
        String shorter = file.replace(last, "");
        assertRefused(shorter, "xliff.error.missingUnit", Map.of("unit", "s3", "article", articleId));
    }

    @Test
    void aUnitIdGivenTwiceIsRefusedWithTheLineOfTheSecond() {
        String file = translatedExport().replace("<unit id=\"s2\"", "<unit id=\"s1\"");
        int second = lineOf(file.substring(file.indexOf("<unit id=\"s1\"") + 1), "<unit id=\"s1\"")
                + lineOf(file, "<unit id=\"s1\"")
                - 1;
        assertRefused(file, "xliff.error.duplicateUnit", Map.of("unit", "s1", "line", second));
    }

    @Test
    void aUnitWithTwoTargetsIsRefusedNotHalfApplied() {
        String file =
                translatedExport().replace("<target>T-Intro</target>", "<target>T-Intro</target><target>X</target>");
        assertRefused(file, "xliff.error.twoTargets", Map.of("unit", "s1", "line", lineOf(file, "<target>X</target>")));
    }
}
