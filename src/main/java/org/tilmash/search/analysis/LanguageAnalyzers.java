package org.tilmash.search.analysis;

import java.io.Reader;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The analysis of each language, the same for indexing and for queries. Every chain starts with ICU's tokenizer
 * (word boundaries for every script) and ICU NFKC case folding; Azerbaijani and Turkmen are lower-cased with
 * Turkish rules first (İ → i, I → ı), Turkmen then writes ı as i (its alphabet has no dotless i); English gets
 * Lucene's possessive filter and Porter stemmer, Russian Snowball's Russian stemmer, and Kazakh, Kyrgyz, Tajik,
 * Uzbek, Turkmen and Azerbaijani our {@link Stemmers}. Uzbek's apostrophes (‘ ’ ' ʼ) are all written ʻ before
 * tokenizing, so «o'zbek» and «oʻzbek» are one word.
 *
 * <p>The transliterated chain of a language is its own chain followed by the {@link Skeleton} and the language's
 * stemmer over the skeleton, so a query in the other script meets the same stems.
 */
public final class LanguageAnalyzers {

    /** Languages with a chain of their own; any other uses {@link #DEFAULT}. */
    public static final List<String> LANGUAGES = List.of("en", "ru", "kk", "ky", "tg", "tk", "uz", "az");

    public static final String DEFAULT = "default";

    private static final NormalizeCharMap UZBEK_APOSTROPHES;

    static {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String apostrophe : List.of("\u2018", "\u2019", "'", "\u02BC", "`")) {
            builder.add(apostrophe, "\u02BB");
        }
        UZBEK_APOSTROPHES = builder.build();
    }

    private LanguageAnalyzers() {}

    /** The analysis chain's key for a language code: itself when it has one, else {@link #DEFAULT}. */
    public static String key(String language) {
        return LANGUAGES.contains(language) ? language : DEFAULT;
    }

    public static String textAnalyzerName(String key) {
        return "text_" + key;
    }

    public static String skeletonAnalyzerName(String key) {
        return "skeleton_" + key;
    }

    public static Analyzer text(String key) {
        return new LanguageAnalyzer(key, false);
    }

    public static Analyzer skeleton(String key) {
        return new LanguageAnalyzer(key, true);
    }

    private static final class LanguageAnalyzer extends Analyzer {

        private final String key;
        private final boolean skeleton;
        private final Optional<SuffixStemmer> stemmer;
        private final Optional<SuffixStemmer> skeletonStemmer;

        LanguageAnalyzer(String key, boolean skeleton) {
            this.key = key;
            this.skeleton = skeleton;
            this.stemmer = Stemmers.of(key);
            this.skeletonStemmer = stemmer.map(s -> s.folded(Skeleton::of));
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return key.equals("uz") ? new MappingCharFilter(UZBEK_APOSTROPHES, reader) : reader;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            TokenStream stream = tokenizer;
            if (key.equals("az") || key.equals("tk")) {
                stream = new TurkishLowerCaseFilter(stream);
            }
            stream = new ICUNormalizer2Filter(stream);
            if (key.equals("tk")) {
                stream = new FoldFilter(stream, word -> word.replace('ı', 'i'));
            }
            switch (key) {
                case "en" -> stream = new PorterStemFilter(new EnglishPossessiveFilter(stream));
                case "ru" -> stream = new SnowballFilter(stream, new RussianStemmer());
                default -> {
                    if (stemmer.isPresent()) {
                        stream = new StemFilter(stream, stemmer.get());
                    }
                }
            }
            if (skeleton) {
                stream = new FoldFilter(stream, Skeleton::of);
                if (skeletonStemmer.isPresent()) {
                    stream = new StemFilter(stream, skeletonStemmer.get());
                }
            }
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
