package org.tilmash.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a query worth searching for: runs of letters and digits (with apostrophes and hyphens inside), at most
 * {@link #MAX} of them; everything else, query syntax included, separates words.
 */
final class Words {

    static final int MAX = 12;

    private Words() {}

    static List<String> of(String query, int maxLength) {
        if (query == null) {
            return List.of();
        }
        String cut = query.length() > maxLength ? query.substring(0, maxLength) : query;
        // Only letters, digits, marks, apostrophes and hyphens make words: query syntax and punctuation are spaces.
        String letters = cut.replaceAll("[^\\p{L}\\p{N}\\p{M}'ʻʼ’‘`-]+", " ");
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
