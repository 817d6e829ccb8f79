package org.tilmash.search.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tilmash's light stemmers, one per language that has none in Lucene or Snowball. Each strips inflection only
 * (case, possessive, plural), never derivation, from the suffix inventories of standard grammars (see
 * {@code README.md}, "Search": Kazakh after Krippes' and Muhamedowa's grammars, Kyrgyz after Imart and Hebert &amp;
 * Poppe, Uzbek after Bodrogligeti and Sjoberg, Turkmen after Clark, Azerbaijani after Öztopçu and Householder &amp;
 * Lotfi, Tajik after Perry's reference grammar). Words are expected case-folded.
 */
public final class Stemmers {

    private Stemmers() {}

    static final String KK_VOWELS = "аәеёиоөұүыіэюя";
    static final String KY_VOWELS = "аеёиоөуүыэюя";
    /**
     * Vowels after which a third-person possessive takes its buffer с (баласы): not the high ы/і, since a stem in
     * -с followed by -ы (жиналысы) is far more common than a stem in -ы followed by -сы (оқушысы).
     */
    static final String KK_OPEN = "аәеоөұүуэюя";

    static final String KY_OPEN = "аеоөэюя";
    static final String KK_VOICELESS = "кқпстфхһцчшщ";
    static final String KK_VOICED = "бвгғджзйлрўуұү";
    static final String KY_VOICELESS = "кпстфхцчшщ";
    static final String KY_VOICED = "бвгджзйлмнңр";
    static final String TG_VOWELS = "аеёиӣоуӯэюя";
    static final String UZ_VOWELS = "aeiouʻ";
    static final String TK_VOWELS = "aäeiyoöuü";
    static final String AZ_VOWELS = "aəeıioöuü";

    /** Kazakh: two-way harmony (back а/ы, front е/і) and voicing assimilation (л/д/т, н, ғ/қ/г/к). */
    static final SuffixStemmer KAZAKH = new SuffixStemmer(
            3,
            KK_VOWELS,
            List.of(),
            List.of(
                    // case (and the locative-attributive -дағы), after a possessive with its buffer н
                    List.of(
                            "ның/" + KK_VOWELS + "мнң",
                            "нің/" + KK_VOWELS + "мнң", // genitive
                            "дың/" + KK_VOICED,
                            "дің/" + KK_VOICED,
                            "тың/" + KK_VOICELESS,
                            "тің/" + KK_VOICELESS,
                            "ға",
                            "ге",
                            "қа",
                            "ке",
                            "на/ыі",
                            "не/ыі", // dative
                            "ны/" + KK_VOWELS,
                            "ні/" + KK_VOWELS, // accusative
                            "ды/" + KK_VOICED + "мнң",
                            "ді/" + KK_VOICED + "мнң",
                            "ты/" + KK_VOICELESS,
                            "ті/" + KK_VOICELESS,
                            "ын",
                            "ін",
                            "сын/" + KK_OPEN,
                            "сін/" + KK_OPEN, // possessive + accusative
                            "да",
                            "де",
                            "та/" + KK_VOICELESS,
                            "те/" + KK_VOICELESS,
                            "нда/ыі",
                            "нде/ыі", // locative
                            "дан",
                            "ден",
                            "тан/" + KK_VOICELESS,
                            "тен/" + KK_VOICELESS, // ablative
                            "нан/ыімнң",
                            "нен/ыімнң",
                            "мен",
                            "бен",
                            "пен",
                            "менен",
                            "бенен",
                            "пенен", // instrumental
                            "дағы",
                            "дегі",
                            "тағы/" + KK_VOICELESS,
                            "тегі/" + KK_VOICELESS, // locative-attributive
                            "ндағы/ыі",
                            "ндегі/ыі"),
                    // possessive: third person, first person plural
                    List.of("ы", "і", "сы/" + KK_OPEN, "сі/" + KK_OPEN, "ымыз", "іміз", "мыз", "міз"),
                    // plural
                    List.of("лар", "лер", "дар", "дер", "тар", "тер")));

    /** Kyrgyz: four-way harmony (а, е, о, ө) and the same assimilations as Kazakh. */
    static final SuffixStemmer KYRGYZ = new SuffixStemmer(
            3,
            KY_VOWELS,
            List.of(),
            List.of(
                    List.of(
                            "нын/" + KY_VOWELS,
                            "нин/" + KY_VOWELS,
                            "нун/" + KY_VOWELS,
                            "нүн/" + KY_VOWELS,
                            "дын/" + KY_VOICED,
                            "дин/" + KY_VOICED,
                            "дун/" + KY_VOICED,
                            "дүн/" + KY_VOICED,
                            "тын/" + KY_VOICELESS,
                            "тин/" + KY_VOICELESS,
                            "тун/" + KY_VOICELESS,
                            "түн/" + KY_VOICELESS,
                            "га",
                            "ге",
                            "го",
                            "гө",
                            "ка",
                            "ке",
                            "ко",
                            "кө",
                            "на/ыиуү",
                            "не/ыиуү",
                            "но/ыиуү",
                            "нө/ыиуү",
                            "ны/" + KY_VOWELS,
                            "ни/" + KY_VOWELS,
                            "ну/" + KY_VOWELS,
                            "нү/" + KY_VOWELS,
                            "ды/" + KY_VOICED,
                            "ди/" + KY_VOICED,
                            "ду/" + KY_VOICED,
                            "дү/" + KY_VOICED,
                            "ты/" + KY_VOICELESS,
                            "ти/" + KY_VOICELESS,
                            "ту/" + KY_VOICELESS,
                            "тү/" + KY_VOICELESS,
                            "сын/" + KY_OPEN,
                            "син/" + KY_OPEN,
                            "сун/" + KY_OPEN,
                            "сүн/" + KY_OPEN,
                            "да",
                            "де",
                            "до",
                            "дө",
                            "та",
                            "те",
                            "то",
                            "тө",
                            "нда/ыиуү",
                            "нде/ыиуү",
                            "ндо/ыиуү",
                            "ндө/ыиуү",
                            "дан",
                            "ден",
                            "дон",
                            "дөн",
                            "тан",
                            "тен",
                            "тон",
                            "төн",
                            "нан/ыиуү",
                            "нен/ыиуү",
                            "нон/ыиуү",
                            "нөн/ыиуү",
                            "дагы",
                            "деги",
                            "догу",
                            "дөгү",
                            "тагы",
                            "теги",
                            "тогу",
                            "төгү",
                            "ндагы/ыиуү",
                            "ндеги/ыиуү",
                            "ндогу/ыиуү",
                            "ндөгү/ыиуү"),
                    List.of(
                            "ы",
                            "и",
                            "у",
                            "ү",
                            "сы/" + KY_OPEN,
                            "си/" + KY_OPEN,
                            "су/" + KY_OPEN,
                            "сү/" + KY_OPEN,
                            "ыбыз",
                            "ибиз",
                            "убуз",
                            "үбүз"),
                    List.of("лар", "лер", "лор", "лөр", "дар", "дер", "дор", "дөр", "тар", "тер", "тор", "төр")));

    /**
     * Tajik, an Iranian language: the object marker -ро, then the izofat -и (-и after a vowel too), the indefinite
     * -е, the adjectival -ӣ and the first- and third-person possessive enclitics (the second person's -ат would cut
     * every -ат noun, ҳукумат, мамлакат), then the plurals -ҳо and -он/-ён/-гон. Place names in
     * -стон keep their ending.
     */
    static final SuffixStemmer TAJIK = new SuffixStemmer(
            3,
            TG_VOWELS,
            List.of("стон", "истон"),
            List.of(
                    List.of("ро"),
                    List.of("и", "ӣ", "е", "ам", "аш", "амон", "ашон", "ям", "яш", "яшон"),
                    List.of("ҳо", "он", "ён", "гон", "вон")));

    /** Uzbek (Latin): no vowel harmony, a few voicing variants of the dative. */
    static final SuffixStemmer UZBEK = new SuffixStemmer(
            3,
            UZ_VOWELS,
            List.of(),
            List.of(
                    List.of("ning", "ni", "ga", "ka", "qa", "da", "dan", "dagi", "gacha", "kacha", "qacha", "niki"),
                    List.of("i", "si/aeouʻ", "imiz", "miz", "ingiz", "ngiz"),
                    List.of("lar")));

    /** Turkmen: two-way harmony, the genitive and accusative after rounded vowels (-uň, -üň). */
    static final SuffixStemmer TURKMEN = new SuffixStemmer(
            3,
            TK_VOWELS,
            List.of(),
            List.of(
                    List.of(
                            "nyň",
                            "niň",
                            "yň",
                            "iň",
                            "uň",
                            "üň",
                            "ga",
                            "ge",
                            "ka",
                            "ke",
                            "na/yi",
                            "ne/yi",
                            "ny",
                            "ni",
                            "da",
                            "de",
                            "ta",
                            "te",
                            "nda/yi",
                            "nde/yi",
                            "dan",
                            "den",
                            "tan",
                            "ten",
                            "ndan/yi",
                            "nden/yi",
                            "daky",
                            "däki",
                            "taky",
                            "täki",
                            "ndaky/yi",
                            "ndäki/yi"),
                    List.of("y", "i", "sy/aäeoö", "si/aäeoö", "ymyz", "imiz", "myz", "miz"),
                    List.of("lar", "ler")));

    /** Azerbaijani: two-way (a/ə) and four-way (ı, i, u, ü) harmony, buffer n and y. */
    static final SuffixStemmer AZERBAIJANI = new SuffixStemmer(
            3,
            AZ_VOWELS,
            List.of(),
            List.of(
                    List.of(
                            "ın",
                            "in",
                            "un",
                            "ün",
                            "nın",
                            "nin",
                            "nun",
                            "nün",
                            "ya",
                            "yə",
                            "na/ıiuü",
                            "nə/ıiuü",
                            "nı",
                            "ni",
                            "nu",
                            "nü",
                            "yı",
                            "yi",
                            "yu",
                            "yü",
                            "da",
                            "də",
                            "nda/ıiuü",
                            "ndə/ıiuü",
                            "dan",
                            "dən",
                            "ndan/ıiuü",
                            "ndən/ıiuü",
                            "dakı",
                            "dəki",
                            "ndakı/ıiuü",
                            "ndəki/ıiuü"),
                    List.of(
                            "ı",
                            "i",
                            "u",
                            "ü",
                            "sı/aəeoö",
                            "si/aəeoö",
                            "su/aəeoö",
                            "sü/aəeoö",
                            "ımız",
                            "imiz",
                            "umuz",
                            "ümüz"),
                    List.of("lar", "lər")));

    private static final Map<String, SuffixStemmer> BY_LANGUAGE =
            Map.of("kk", KAZAKH, "ky", KYRGYZ, "tg", TAJIK, "uz", UZBEK, "tk", TURKMEN, "az", AZERBAIJANI);

    /** Our stemmer for a language code, if we wrote one. */
    public static Optional<SuffixStemmer> of(String language) {
        return Optional.ofNullable(BY_LANGUAGE.get(language));
    }
}
