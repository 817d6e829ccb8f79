package org.tilmash.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tilmash.content.SegmentMerge.Kind;
import org.tilmash.content.SegmentMerge.Part;
import org.tilmash.content.SegmentMerge.Side;

class SegmentMergeTest {

    private static final ArticleText BASE =
            new ArticleText("Dam opens", "Water flows.", "<p>One.</p><p>Two.</p><p>Three.</p>");

    @Test
    void aPartOnlyOneSideChangedTakesThatChangeAndOnlyChoosingMineOverTheirChangeOverwrites() {
        ArticleText theirs =
                new ArticleText("Dam opens early", "Water flows.", "<p>One.</p><p>Two, revised.</p><p>Three.</p>");
        ArticleText mine =
                new ArticleText("The dam opens", "Water flows.", "<p>One.</p><p>Two.</p><p>Three, mine.</p>");

        SegmentMerge merge = SegmentMerge.of(BASE, theirs, mine);

        assertThat(merge.parts())
                .extracting(Part::kind, Part::theirsChanged, Part::mineChanged, Part::preferred)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.TITLE, true, true, Side.THEIRS),
                        org.assertj.core.groups.Tuple.tuple(Kind.BODY, true, false, Side.THEIRS),
                        org.assertj.core.groups.Tuple.tuple(Kind.BODY, false, true, Side.MINE));
        assertThat(merge.resolve(Map.of()))
                .isEqualTo(new ArticleText(
                        "Dam opens early", "Water flows.", "<p>One.</p><p>Two, revised.</p><p>Three, mine.</p>", ""));
        assertThat(merge.overwrites(Map.of())).isFalse();

        int title = merge.parts().getFirst().index();
        assertThat(merge.overwrites(Map.of(title, Side.MINE))).isTrue();
        assertThat(merge.resolve(Map.of(title, Side.MINE)).title()).isEqualTo("The dam opens");
        int mineOnly = merge.parts().getLast().index();
        assertThat(merge.overwrites(Map.of(mineOnly, Side.THEIRS)))
                .as("dropping one's own change overwrites nothing of theirs")
                .isFalse();
    }

    @Test
    void aParagraphTheOtherPersonRemovedStaysRemovedUnlessTheUserKeepsIt() {
        ArticleText theirs = new ArticleText("Dam opens", "Water flows.", "<p>Two.</p><p>Three.</p>");
        ArticleText mine = new ArticleText("Dam opens", "Water flows, fast.", "<p>One.</p><p>Two.</p><p>Three.</p>");

        SegmentMerge merge = SegmentMerge.of(BASE, theirs, mine);

        assertThat(merge.resolve(Map.of()))
                .isEqualTo(new ArticleText("Dam opens", "Water flows, fast.", "<p>Two.</p><p>Three.</p>", ""));
        Part removed = merge.parts().getLast();
        assertThat(removed.theirsChanged()).isTrue();
        assertThat(removed.number()).isEqualTo(1);
        assertThat(merge.overwrites(Map.of(removed.index(), Side.MINE))).isTrue();
        assertThat(merge.resolve(Map.of(removed.index(), Side.MINE)).body())
                .isEqualTo("<p>One.</p><p>Two.</p><p>Three.</p>");
    }

    @Test
    void theBylineIsAPartLikeTheTitleAndATextWithoutOneKeepsTheSavedByline() {
        ArticleText base = new ArticleText("Dam opens", "", "<p>One.</p>", "Press service");
        ArticleText theirs = new ArticleText("Dam opens", "", "<p>One.</p>", "Press service");

        SegmentMerge changed =
                SegmentMerge.of(base, theirs, new ArticleText("Dam opens", "", "<p>One.</p>", "A. Writer"));
        assertThat(changed.parts()).singleElement().satisfies(part -> {
            assertThat(part.kind()).isEqualTo(Kind.BYLINE);
            assertThat(part.preferred()).isEqualTo(Side.MINE);
        });
        assertThat(changed.resolve(Map.of()).byline()).isEqualTo("A. Writer");
        assertThat(SegmentMerge.of(base, theirs, new ArticleText("Dam opens", "", "<p>One.</p>"))
                        .parts())
                .isEmpty();
    }

    @Test
    void withoutTheCommonRevisionEveryDifferenceCountsAsTheirs() {
        ArticleText theirs = new ArticleText("A", "", "<p>Same.</p>");
        ArticleText mine = new ArticleText("B", "", "<p>Same.</p>");

        SegmentMerge merge = SegmentMerge.of(null, theirs, mine);

        assertThat(merge.parts()).singleElement().satisfies(part -> {
            assertThat(part.theirsChanged()).isTrue();
            assertThat(part.preferred()).isEqualTo(Side.THEIRS);
        });
        assertThat(merge.resolve(Map.of()).title()).isEqualTo("A");
    }
}
