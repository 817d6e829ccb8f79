package org.tilmash.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.web.util.HtmlUtils;
import org.tilmash.search.analysis.LanguageAnalyzers;

/**
 * Marks the words a query found where the engine's highlighter cannot: a hit through the transliterated field (a
 * Latin query for Cyrillic text, «jinalys» for «жиналыста») or with a typo. Text and query words are brought to the
 * language's transliterated skeleton (the same analysis as the field), and a word of the text is marked when its
 * skeleton equals a query word's, or is as close as the typos that word is forgiven. Runs in this JVM with our
 * Lucene analyzers, whichever backend searched.
 */
final class Marks {

    /** One skeleton analyzer a language, kept: analyzers are thread-safe and costly to build. */
    private static final Map<String, Analyzer> SKELETONS = new ConcurrentHashMap<>();

    private Marks() {}

    private record Token(String term, int start, int end) {}

    private record Wanted(String term, int typos) {}

    /**
     * A snippet of about {@code length} characters around the first word of {@code text} the query's words meet, HTML
     * escaped, the words met in {@code <mark>}; empty when none is met.
     */
    static Optional<String> snippet(String text, String language, List<String> words, int length) {
        String key = LanguageAnalyzers.key(language);
        List<Wanted> wanted = new ArrayList<>();
        Analyzer skeleton = SKELETONS.computeIfAbsent(key, LanguageAnalyzers::skeleton);
        for (String word : words) {
            for (Token token : tokens(skeleton, word)) {
                wanted.add(new Wanted(token.term(), Words.typos(word)));
            }
        }
        List<Token> found = tokens(skeleton, text).stream()
                .filter(token -> wanted.stream().anyMatch(w -> meets(token.term(), w)))
                .toList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int from = windowStart(text, found.getFirst().start(), length);
        int to = Math.min(text.length(), from + length);
        StringBuilder html = new StringBuilder();
        if (from > 0) {
            html.append('…');
        }
        int at = from;
        for (Token token : found) {
            if (token.start() < at || token.end() > to) {
                continue;
            }
            html.append(HtmlUtils.htmlEscape(text.substring(at, token.start())))
                    .append("<mark>")
                    .append(HtmlUtils.htmlEscape(text.substring(token.start(), token.end())))
                    .append("</mark>");
            at = token.end();
        }
        html.append(HtmlUtils.htmlEscape(text.substring(at, to)));
        if (to < text.length()) {
            html.append('…');
        }
        return Optional.of(html.toString());
    }

    /**
     * The search engine's highlighted fragment of {@code text}, with "…" where it starts after the text's beginning
     * or ends before its end, as {@link #snippet} shows it.
     */
    static String cutShort(String fragment, String text) {
        String shown = HtmlUtils.htmlUnescape(fragment.replace("<mark>", "").replace("</mark>", ""))
                .strip();
        String whole = text.strip();
        return (whole.startsWith(shown) ? "" : "…") + fragment.strip() + (whole.endsWith(shown) ? "" : "…");
    }

    private static boolean meets(String term, Wanted wanted) {
        if (term.equals(wanted.term())) {
            return true;
        }
        if (wanted.typos() == 0 || Math.abs(term.length() - wanted.term().length()) > wanted.typos()) {
            return false;
        }
        return edits(term, wanted.term()) <= wanted.typos();
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Starts the window a little before the word, at a word boundary, so the word is seen with what precedes it. */
    private static int windowStart(String text, int wordStart, int length) {
        int from = Math.max(0, wordStart - length / 4);
        if (from == 0) {
            return 0;
        }
        int space = text.indexOf(' ', from);
        return space < 0 || space >= wordStart ? wordStart : space + 1;
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
