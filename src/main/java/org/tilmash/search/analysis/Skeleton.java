package org.tilmash.search.analysis;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The transliterated field's spelling: Cyrillic and Latin text of the Turkic languages and Tajik brought to one
 * plain-ASCII skeleton, so «жиналыс», «jinalys» and «zhinalys» meet, and so do «Oʻzbekiston», «O'zbekiston» and
 * «Ўзбекистон». Letters written differently in the two scripts of one language are mapped to the same skeleton
 * letter (ж/j/zh → j, ш/ş/sh → sh, ч/ç/ch → ch, х/ҳ/һ/x/kh → h, қ/q → k, ғ/ğ/gʻ/gh → g, ң/ñ/ň → ng,
 * ә/ə/ä/э → e, ө/ö/ў/oʻ → o, ү/ü/ұ/ӯ → u, ы/ı/і/и/ӣ/й/ý/y → i); the rest goes through ICU's Any-Latin and
 * Latin-ASCII. Distinctions are lost on purpose: this field only ever adds matches to the language's own.
 */
public final class Skeleton {

    private static final String RULES = """
            :: NFC ;
            gʻ > g ; g\\u2018 > g ; g\\u2019 > g ; g\\u0027 > g ; g\\u02BC > g ;
            oʻ > o ; o\\u2018 > o ; o\\u2019 > o ; o\\u0027 > o ; o\\u02BC > o ;
            [ʻ\\u2018\\u2019\\u0027\\u02BC\\u0060ъь] > ;
            [жžҷ] > j ; ҹ > c ;
            [шşšщ] > sh ;
            [чçč] > ch ;
            [хҳһ] > h ;
            [ғğг] > g ;
            [қq] > k ;
            [ңñň] > ng ;
            [әəäэе] > e ;
            [өöўо] > o ;
            [үüұӯу] > u ;
            [ыıіиӣйјýy] > i ;
            ё > io ; ю > iu ; я > ia ;
            ц > ts ;
            :: Any-Latin ;
            :: Latin-ASCII ;
            :: NFD ;
            :: [:Nonspacing Mark:] Remove ;
            :: Lower ;
            :: NFC ;
            kh > h ; zh > j ; x > h ; w > v ; q > k ; y > i ;
            """;

    private static final Transliterator SKELETON =
            Transliterator.createFromRules("tilmash-skeleton", RULES, Transliterator.FORWARD);

    /** Words recur: a bounded cache spares the transliterator most of its work; emptied when full. */
    private static final int CACHED = 200_000;

    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private Skeleton() {}

    /** The skeleton of an already case-folded word. */
    public static String of(String word) {
        String known = CACHE.get(word);
        if (known != null) {
            return known;
        }
        String skeleton = SKELETON.transliterate(word);
        if (CACHE.size() >= CACHED) {
            CACHE.clear();
        }
        CACHE.put(word, skeleton);
        return skeleton;
    }
}
