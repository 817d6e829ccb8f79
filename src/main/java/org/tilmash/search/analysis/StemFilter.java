package org.tilmash.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Replaces each token by its stem, as a {@link SuffixStemmer} finds it. */
public final class StemFilter extends TokenFilter {

    private final SuffixStemmer stemmer;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public StemFilter(TokenStream input, SuffixStemmer stemmer) {
        super(input);
        this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String word = term.toString();
            String stem = stemmer.stem(word);
            if (stem.length() != word.length()) {
                term.setEmpty().append(stem);
            }
        }
        return true;
    }
}
