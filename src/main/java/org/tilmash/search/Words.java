package org.tilmash.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a query worth searching for: runs of letters and digits (with apostrophes and hyphens inside, and a
 * decimal point between digits), at most {@link #MAX} of them; everything else, query syntax included, separates
 * words.
 */
final class Words {

    static final int MAX = 12;

    /**
     * Only letters, digits, marks, apostrophes and hyphens make words, with a point or comma between digits
     * ({@code 5.2}, {@code 5,2}, {@code 1,000}), which the index keeps in one word as well; query syntax and other
     * punctuation are spaces.
     */
    private static final Pattern SEPARATORS =
            Pattern.compile("(?:[^\\p{L}\\p{N}\\p{M}'ʻʼ’‘`.,-]|(?<!\\p{N})[.,]|[.,](?!\\p{N}))+");

    private Words() {}

    static List<String> of(String query, int maxLength) {
        if (query == null) {
            return List.of();
        }
        String cut = query.length() > maxLength ? query.substring(0, maxLength) : query;
        String letters = SEPARATORS.matcher(cut).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String word : letters.strip().split(" +")) {
            if (words.size() < MAX && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    /** Typos forgiven in a word: none in short words, one from five letters, two from eight. */
    static int typos(String word) {
        int letters = word.codePointCount(0, word.length());
        return letters >= 8 ? 2 : letters >= 5 ? 1 : 0;
    }
}
