package org.tilmash.i18n;

import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Letters of the region's alphabets that a language's own romanization does not know: a Kazakh place name in a
 * Russian article, an Azerbaijani one in an English article. Russian-Latin leaves {@code қ} as it is and Any-Latin
 * spells it {@code k} with a modifier mark; Latin-ASCII has no schwa; so such letters would be dropped or split the
 * word. They get the spelling the region's Russian- and English-language press gives them (Ақтөбе is Aktobe, Хуҷанд
 * Khujand, Şəki Seki), while the article's own language keeps its romanization (Kazakh Ақтөбе stays aqtobe).
 */
final class RegionLetters {

    /** Only the letters Russian, English and Latin-ASCII cannot spell; ğ, ş, ň, ý and the like fold by themselves. */
    private static final Map<String, String> COMMON_SPELLING = Map.ofEntries(
            Map.entry("ә", "a"),
            Map.entry("ғ", "g"),
            Map.entry("қ", "k"),
            Map.entry("ң", "n"),
            Map.entry("ө", "o"),
            Map.entry("ұ", "u"),
            Map.entry("ү", "u"),
            Map.entry("һ", "h"),
            Map.entry("і", "i"),
            Map.entry("ӣ", "i"),
            Map.entry("ӯ", "u"),
            Map.entry("ҳ", "h"),
            Map.entry("ҷ", "j"),
            Map.entry("ə", "e"));

    private RegionLetters() {}

    /**
     * Transliteration rules spelling the region's letters that are not in the language's alphabet (CLDR's exemplar
     * characters): those in it are left to the language's own rules.
     */
    static String rulesForLettersForeignTo(String languageCode) {
        UnicodeSet alphabet = new UnicodeSet(
                        LocaleData.getExemplarSet(new ULocale(languageCode), 0, LocaleData.ES_STANDARD))
                .closeOver(UnicodeSet.CASE);
        return COMMON_SPELLING.entrySet().stream()
                .filter(letter -> !alphabet.contains(letter.getKey()))
                .map(letter -> rule(letter.getKey(), letter.getValue()))
                .collect(Collectors.joining());
    }

    private static String rule(String letter, String latin) {
        String capital = letter.toUpperCase(java.util.Locale.ROOT);
        String latinCapital = Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
        return letter + " > " + latin + "; " + capital + " > " + latinCapital + "; ";
    }
}
