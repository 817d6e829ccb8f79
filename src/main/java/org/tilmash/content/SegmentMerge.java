package org.tilmash.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Two texts of one version saved from the same revision, merged part by part: the title, the introduction and runs
 * of body blocks where they differ. For each part it tells whether the other person ("theirs", the text saved first)
 * or the user ("mine", the text that lost the race) changed it since the revision both started from, so a part only
 * one of them changed needs no decision, and choosing one's own text over the other's change can be told apart.
 */
public final class SegmentMerge {

    /** Whose text a part takes. */
    public enum Side {
        THEIRS,
        MINE
    }

    /** What a part is: the title, the introduction, blocks of the body starting at {@code number}, or the byline. */
    public enum Kind {
        TITLE,
        INTRO,
        BODY,
        BYLINE
    }

    /**
     * A part where the two texts differ.
     *
     * @param index its position among all parts, the key of the choice made for it
     * @param number for body parts, the position of its first block in the user's text, counted from 1
     * @param diff the part's text from theirs to mine, word by word
     * @param theirsChanged the other person changed it since the common revision (or that revision is unknown)
     * @param mineChanged the user changed it since the common revision
     */
    public record Part(
            int index, Kind kind, int number, List<WordDiff.Row> diff, boolean theirsChanged, boolean mineChanged) {

        /** What the part takes when the user decides nothing: the changed side, and theirs when both changed it. */
        public Side preferred() {
            return mineChanged && !theirsChanged ? Side.MINE : Side.THEIRS;
        }
    }

    private record Piece(
            List<String> theirs,
            List<String> mine,
            @Nullable Part part) {}

    private final List<Piece> pieces;

    private SegmentMerge(List<Piece> pieces) {
        this.pieces = pieces;
    }

    /**
     * @param base the revision both started from; null when unknown, then every difference counts as their change
     */
    public static SegmentMerge of(@Nullable ArticleText base, ArticleText theirs, ArticleText mine) {
        List<Piece> pieces = new ArrayList<>();
        single(pieces, Kind.TITLE, base == null ? null : base.title(), theirs.title(), mine.title());
        single(pieces, Kind.INTRO, base == null ? null : base.intro(), theirs.intro(), mine.intro());
        List<Block> baseBlocks = base == null ? null : blocks(base.body());
        List<Block> theirBlocks = blocks(theirs.body());
        List<Block> myBlocks = blocks(mine.body());
        Set<String> baseKeys = baseBlocks == null ? null : keys(baseBlocks);
        Set<String> theirKeys = keys(theirBlocks);
        Set<String> myKeys = keys(myBlocks);
        int theirsAt = 0;
        for (AbstractDelta<String> delta :
                DiffUtils.diff(html(theirBlocks), html(myBlocks)).getDeltas()) {
            int from = delta.getSource().getPosition();
            int to = delta.getTarget().getPosition();
            if (from > theirsAt) {
                List<String> same = html(theirBlocks.subList(theirsAt, from));
                pieces.add(new Piece(same, same, null));
            }
            List<String> theirPart = delta.getSource().getLines();
            List<String> myPart = delta.getTarget().getLines();
            // Paragraphs rewritten in place on both sides are decided one by one; anything else as one run.
            int step = theirPart.size() == myPart.size() ? 1 : Math.max(theirPart.size(), myPart.size());
            for (int at = 0; at < Math.max(theirPart.size(), myPart.size()); at += step) {
                List<String> theirRun =
                        theirPart.subList(Math.min(at, theirPart.size()), Math.min(at + step, theirPart.size()));
                List<String> myRun = myPart.subList(Math.min(at, myPart.size()), Math.min(at + step, myPart.size()));
                pieces.add(bodyPiece(
                        pieces.size(),
                        theirBlocks.subList(from + at, from + at + theirRun.size()),
                        myBlocks.subList(to + at, to + at + myRun.size()),
                        to + at + 1,
                        baseKeys,
                        theirKeys,
                        myKeys));
            }
            theirsAt = from + theirPart.size();
        }
        if (theirsAt < theirBlocks.size()) {
            List<String> same = html(theirBlocks.subList(theirsAt, theirBlocks.size()));
            pieces.add(new Piece(same, same, null));
        }
        // A text without a byline leaves the saved one as it is.
        String myByline = mine.byline() == null ? byline(theirs) : mine.byline();
        single(pieces, Kind.BYLINE, base == null ? null : byline(base), byline(theirs), myByline);
        return new SegmentMerge(List.copyOf(pieces));
    }

    private static Piece bodyPiece(
            int index,
            List<Block> theirs,
            List<Block> mine,
            int number,
            @Nullable Set<String> baseKeys,
            Set<String> theirKeys,
            Set<String> myKeys) {
        List<String> theirPart = html(theirs);
        List<String> myPart = html(mine);
        boolean theirsChanged =
                baseKeys == null || anyOutside(theirPart, baseKeys) || anyWithin(myPart, baseKeys, theirKeys);
        boolean mineChanged =
                baseKeys != null && (anyOutside(myPart, baseKeys) || anyWithin(theirPart, baseKeys, myKeys));
        return new Piece(
                theirPart,
                myPart,
                new Part(
                        index,
                        Kind.BODY,
                        number,
                        WordDiff.compareTexts(texts(theirs), texts(mine)),
                        theirsChanged,
                        mineChanged));
    }

    private static void single(List<Piece> pieces, Kind kind, @Nullable String base, String theirs, String mine) {
        if (theirs.equals(mine)) {
            pieces.add(new Piece(List.of(theirs), List.of(mine), null));
            return;
        }
        pieces.add(new Piece(
                List.of(theirs),
                List.of(mine),
                new Part(
                        pieces.size(),
                        kind,
                        0,
                        WordDiff.compareTexts(List.of(theirs), List.of(mine)),
                        base == null || !base.equals(theirs),
                        base != null && !base.equals(mine))));
    }

    /** The parts where the texts differ, in order. */
    public List<Part> parts() {
        return pieces.stream().map(Piece::part).filter(part -> part != null).toList();
    }

    /** The merged text: each part as {@code choices} says, or as it {@linkplain Part#preferred() prefers}. */
    public ArticleText resolve(Map<Integer, Side> choices) {
        List<String> chosen = new ArrayList<>();
        for (Piece piece : pieces) {
            boolean mine = piece.part() != null && side(piece.part(), choices) == Side.MINE;
            chosen.add(String.join("", mine ? piece.mine() : piece.theirs()));
        }
        return new ArticleText(
                chosen.getFirst(),
                chosen.get(1),
                String.join("", chosen.subList(2, chosen.size() - 1)),
                chosen.getLast());
    }

    /** Whether {@code choices} replace anything the other person changed with the user's text. */
    public boolean overwrites(Map<Integer, Side> choices) {
        return parts().stream().anyMatch(part -> part.theirsChanged() && side(part, choices) == Side.MINE);
    }

    private static Side side(Part part, Map<Integer, Side> choices) {
        return choices.getOrDefault(part.index(), part.preferred());
    }

    /** A top-level piece of a body: its markup, the key it is compared by, and what a reader reads of it. */
    private record Block(String html, String text) {}

    private static String byline(ArticleText text) {
        return text.byline() == null ? "" : text.byline();
    }

    private static List<Block> blocks(String body) {
        List<Block> blocks = new ArrayList<>();
        Document document = Jsoup.parseBodyFragment(body);
        document.outputSettings().prettyPrint(false);
        for (Node node : document.body().childNodes()) {
            if (node instanceof Element element) {
                blocks.add(new Block(element.outerHtml(), element.text()));
            } else if (node instanceof TextNode text && !text.isBlank()) {
                blocks.add(new Block(text.outerHtml(), text.text()));
            }
        }
        return blocks;
    }

    private static List<String> html(List<Block> blocks) {
        return blocks.stream().map(Block::html).toList();
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    private static Set<String> keys(List<Block> blocks) {
        return new HashSet<>(html(blocks));
    }

    /** Something in {@code part} is not in the base: added or rewritten. */
    private static boolean anyOutside(List<String> part, Set<String> base) {
        return part.stream().anyMatch(block -> !base.contains(block));
    }

    /** The other side still has base blocks that {@code side} no longer has: {@code side} removed them. */
    private static boolean anyWithin(List<String> otherPart, Set<String> base, Set<String> side) {
        return otherPart.stream().anyMatch(block -> base.contains(block) && !side.contains(block));
    }
}
