package org.tilmash.search.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A light inflectional stemmer for an agglutinative language: suffixes are stripped from the end of the word, one
 * slot at a time, in the reverse of the order the grammar attaches them (case, then possessive, then plural). Each
 * slot lists every vowel-harmony variant of its suffixes; the longest that leaves a stem of at least
 * {@code minStem} letters with a vowel in it is removed. A suffix written {@code нда/ыі} is removed only after one of
 * the letters after the slash (here: the Kazakh locative after a third-person possessive, «облысында», but not the
 * {@code -да} of «ауданда»). Endings that belong to the stem (such as Tajik place names' {@code -стон}) are listed
 * as protected and never cut into.
 */
public final class SuffixStemmer {

    private final int minStem;
    private final String vowels;
    private final List<String> protectedEndings;
    private final List<List<String>> slots;

    /**
     * @param slots from the outermost suffix slot inwards; each slot's suffixes in any order
     */
    public SuffixStemmer(int minStem, String vowels, List<String> protectedEndings, List<List<String>> slots) {
        this.minStem = minStem;
        this.vowels = vowels;
        this.protectedEndings = List.copyOf(protectedEndings);
        this.slots = slots.stream().map(SuffixStemmer::longestFirst).toList();
    }

    private static List<String> longestFirst(List<String> suffixes) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(suffixes));
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt((String suffix) -> suffix(suffix).length())
                .reversed());
        return List.copyOf(sorted);
    }

    private static String suffix(String spec) {
        int slash = spec.indexOf('/');
        return slash < 0 ? spec : spec.substring(0, slash);
    }

    private static String after(String spec) {
        int slash = spec.indexOf('/');
        return slash < 0 ? "" : spec.substring(slash + 1);
    }

    public String stem(String word) {
        String stem = word;
        for (List<String> slot : slots) {
            for (String spec : slot) {
                String suffix = suffix(spec);
                if (stem.endsWith(suffix) && mayCut(stem, suffix, after(spec))) {
                    stem = stem.substring(0, stem.length() - suffix.length());
                    break;
                }
            }
        }
        return stem;
    }

    private boolean mayCut(String word, String suffix, String after) {
        int rest = word.length() - suffix.length();
        if (rest < minStem) {
            return false;
        }
        if (!after.isEmpty() && after.indexOf(word.charAt(rest - 1)) < 0) {
            return false;
        }
        for (String ending : protectedEndings) {
            if (word.endsWith(ending) && ending.length() >= suffix.length()) {
                return false;
            }
        }
        for (int i = 0; i < rest; i++) {
            if (vowels.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * This stemmer as Java regular expressions, one a slot, from the outermost inwards: replacing a word's match of
     * each in turn by its group 1 strips what {@link #stem} strips. This is how a search engine that runs no code of
     * ours (OpenSearch's {@code pattern_replace} token filter) gets the same stemmer from the same tables. The
     * reluctant stem of at least {@code minStem} letters makes the longest allowed suffix win, as in {@link #stem};
     * a look-behind asks for a vowel in the stem, another for the letters a suffix may follow, a negative one keeps
     * protected endings whole.
     */
    public List<String> patterns() {
        String vowel = "[" + charClass(vowels) + "]";
        String consonants = "[^" + charClass(vowels) + "]";
        List<String> patterns = new ArrayList<>();
        for (List<String> slot : slots) {
            List<String> alternatives = new ArrayList<>();
            for (String spec : slot) {
                String suffix = suffix(spec);
                StringBuilder alternative = new StringBuilder();
                boolean never = false;
                for (String ending : protectedEndings) {
                    if (ending.length() >= suffix.length() && ending.endsWith(suffix)) {
                        String before = ending.substring(0, ending.length() - suffix.length());
                        if (before.isEmpty()) {
                            never = true;
                        } else {
                            alternative
                                    .append("(?<!")
                                    .append(Pattern.quote(before))
                                    .append(')');
                        }
                    }
                }
                if (never) {
                    continue;
                }
                if (!after(spec).isEmpty()) {
                    alternative.append("(?<=[").append(charClass(after(spec))).append("])");
                }
                alternative.append(Pattern.quote(suffix));
                alternatives.add(alternative.toString());
            }
            patterns.add("^(.{" + minStem + ",}?)(?<=" + vowel + consonants + "{0," + MAX_WORD + "})(?:"
                    + String.join("|", alternatives) + ")$");
        }
        return List.copyOf(patterns);
    }

    /** How far back the vowel look-behind of {@link #patterns} reaches; no word has that many consonants in a row. */
    private static final int MAX_WORD = 64;

    private static String charClass(String letters) {
        StringBuilder escaped = new StringBuilder();
        letters.chars().forEach(c -> {
            if ("\\[]^-&".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append((char) c);
        });
        return escaped.toString();
    }

    /**
     * The same stemmer for text brought to the transliterated field's Latin skeleton: every suffix, vowel and
     * protected ending passed through {@code fold}, so a query typed in the other script loses the same endings.
     */
    public SuffixStemmer folded(UnaryOperator<String> fold) {
        Set<Character> foldedVowels = new LinkedHashSet<>();
        for (char vowel : vowels.toCharArray()) {
            fold.apply(String.valueOf(vowel)).chars().forEach(c -> foldedVowels.add((char) c));
        }
        "aeiou".chars().forEach(c -> foldedVowels.add((char) c));
        StringBuilder folded = new StringBuilder();
        foldedVowels.forEach(folded::append);
        return new SuffixStemmer(
                minStem,
                folded.toString(),
                protectedEndings.stream().map(fold).toList(),
                slots.stream()
                        .map(slot -> slot.stream()
                                .map(spec -> after(spec).isEmpty()
                                        ? fold.apply(spec)
                                        : fold.apply(suffix(spec)) + "/" + foldEach(after(spec), fold))
                                .toList())
                        .toList());
    }

    private static String foldEach(String letters, UnaryOperator<String> fold) {
        StringBuilder folded = new StringBuilder();
        letters.chars().forEach(c -> folded.append(fold.apply(String.valueOf((char) c))));
        return folded.toString();
    }
}
