package org.tilmash.search.analysis;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each token by what a function makes of it (the transliterated field's Latin skeleton). */
public final class FoldFilter extends TokenFilter {

    private final UnaryOperator<String> fold;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public FoldFilter(TokenStream input, UnaryOperator<String> fold) {
        super(input);
        this.fold = fold;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = fold.apply(term.toString());
        term.setEmpty().append(folded);
        return true;
    }
}
