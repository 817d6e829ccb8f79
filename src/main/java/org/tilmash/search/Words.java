package org.tilmash.search;

import java.util.ArrayList;
import java.util.List;

/** The words of a query worth searching for: with a letter or digit in them, at most {@link #MAX} of them. */
final class Words {

    static final int MAX = 12;

    private Words() {}

    static List<String> of(String query, int maxLength) {
        if (query == null) {
            return List.of();
        }
        String cut = query.length() > maxLength ? query.substring(0, maxLength) : query;
        List<String> words = new ArrayList<>();
        for (String word : cut.strip().split("[\\s\\p{Z}]+")) {
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
