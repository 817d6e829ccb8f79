package org.tilmash.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates, numbers and sorting with the shipped configuration, as each language's readers expect them. */
class IcuFormatsTest {

    private static final Instant JUNE_4 = Instant.parse("2026-06-04T06:00:00Z");

    private static IcuFormats formats(LanguageProperties properties) {
        return new IcuFormats(new LanguageRegistry(properties), properties);
    }

    private final IcuFormats shipped = formats(SlugsTest.shippedConfiguration());

    @Test
    void tajikDatesAreWrittenAsTajikPapersWriteThemNotInCldrsAbbreviatedForm() {
        assertThat(shipped.date(JUNE_4, Locale.forLanguageTag("tg"))).isEqualTo("4 июни 2026");
        assertThat(shipped.date(Instant.parse("2026-01-15T06:00:00Z"), Locale.forLanguageTag("tg")))
                .isEqualTo("15 январи 2026");
        assertThat(shipped.dateTime(JUNE_4, Locale.forLanguageTag("tg"))).isEqualTo("4 июни 2026, 11:00");
    }

    @Test
    void languagesWithoutAPatternKeepCldrsLongDate() {
        assertThat(shipped.date(JUNE_4, Locale.forLanguageTag("ru"))).isEqualTo("4 июня 2026\u202Fг.");
    }

    @Test
    void englishFollowsTheSitesEnglishBritishByDefaultAmericanWhenConfigured() {
        assertThat(shipped.date(JUNE_4, Locale.ENGLISH)).isEqualTo("4 June 2026");

        LanguageProperties american = SlugsTest.shippedConfiguration();
        american.setEnglishLocale(Locale.US);
        assertThat(formats(american).date(JUNE_4, Locale.ENGLISH)).isEqualTo("June 4, 2026");
    }

    @Test
    void tajikWordsSortAsInTajikDictionaries() {
        List<String> words = new ArrayList<>(List.of(
                "ҷавон", "дарё", "қалам", "ӯрдак", "сӣ", "ҳафта", "гул", "чой", "хона", "китоб", "ғалла", "устод",
                "сиёсат", "лола", "сол", "фарш"));
        words.sort(shipped.collation(Locale.forLanguageTag("tg")));
        assertThat(words)
                .containsExactly(
                        "гул", "ғалла", "дарё", "китоб", "қалам", "лола", "сиёсат", "сӣ", "сол", "устод", "ӯрдак",
                        "фарш", "хона", "ҳафта", "чой", "ҷавон");
    }
}
