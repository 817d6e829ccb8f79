package org.tilmash.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** What each language's analysis makes of text, as indexing and queries both see it. */
class LanguageAnalyzersTest {

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    static List<String> text(String language, String text) throws IOException {
        return tokens(LanguageAnalyzers.text(language), text);
    }

    static List<String> skeleton(String language, String text) throws IOException {
        return tokens(LanguageAnalyzers.skeleton(language), text);
    }

    @Test
    void englishAndRussianUseLucenesStemmers() throws IOException {
        assertThat(text("en", "The President's meetings")).containsExactly("the", "presid", "meet");
        assertThat(text("ru", "Собрания в АКИМАТЕ")).isEqualTo(text("ru", "собрание в акимат"));
    }

    @Test
    void kazakhInflectionsMeetTheirStem() throws IOException {
        assertThat(text("kk", "Жиналыста")).isEqualTo(text("kk", "жиналыс"));
        assertThat(text("kk", "ЖИНАЛЫСТАРЫНДА")).isEqualTo(text("kk", "жиналыс"));
    }

    @Test
    void azerbaijaniAndTurkmenAreLowerCasedWithTurkishRules() throws IOException {
        // İ is i and I is ı in Azerbaijani: İSTANBUL and İstanbul are one word, IŞIQ is ışıq (light).
        assertThat(text("az", "İSTANBUL")).isEqualTo(text("az", "istanbul"));
        assertThat(text("az", "IŞIQ")).containsExactly("ışıq");
        // Turkmen has no dotless ı: both capitals are i.
        assertThat(text("tk", "İŞ")).isEqualTo(text("tk", "iş"));
    }

    @Test
    void uzbekApostrophesAreOneLetter() throws IOException {
        List<String> expected = text("uz", "oʻzbekiston");
        assertThat(text("uz", "O'zbekiston")).isEqualTo(expected);
        assertThat(text("uz", "O‘zbekiston")).isEqualTo(expected);
        assertThat(text("uz", "O’zbekiston")).isEqualTo(expected);
    }

    @Test
    void latinQueriesMeetCyrillicTextInTheTransliteratedField() throws IOException {
        assertThat(skeleton("kk", "jinalysta")).isEqualTo(skeleton("kk", "жиналыс"));
        assertThat(skeleton("kk", "zhinalys")).isEqualTo(skeleton("kk", "жиналыста"));
        assertThat(skeleton("uz", "Ўзбекистон")).isEqualTo(skeleton("uz", "Oʻzbekiston"));
        assertThat(skeleton("uz", "Тошкентда")).isEqualTo(skeleton("uz", "toshkent"));
        assertThat(skeleton("ky", "shailoo")).isEqualTo(skeleton("ky", "шайлоо"));
        assertThat(skeleton("tg", "Dushanbe")).isEqualTo(skeleton("tg", "Душанбе"));
        assertThat(skeleton("az", "Азәрбајҹан")).isEqualTo(skeleton("az", "Azərbaycan"));
    }

    @Test
    void cyrillicQueriesMeetLatinText() throws IOException {
        assertThat(skeleton("uz", "мажлис")).isEqualTo(skeleton("uz", "majlis"));
        assertThat(skeleton("az", "шәһәр")).isEqualTo(skeleton("az", "şəhər"));
    }
}
