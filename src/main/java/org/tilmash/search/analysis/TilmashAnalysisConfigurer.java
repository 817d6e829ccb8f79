package org.tilmash.search.analysis;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Registers every language's text and transliterated analyzers with the embedded Lucene backend. */
public class TilmashAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** Every chain key: the languages with their own analysis and the default. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>(LanguageAnalyzers.LANGUAGES);
        keys.add(LanguageAnalyzers.DEFAULT);
        return keys;
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (String key : keys()) {
            context.analyzer(LanguageAnalyzers.textAnalyzerName(key)).instance(LanguageAnalyzers.text(key));
            context.analyzer(LanguageAnalyzers.skeletonAnalyzerName(key)).instance(LanguageAnalyzers.skeleton(key));
        }
    }
}
