package org.tilmash.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** 09:02 in Almaty, the shipped time zone. */
    private static final Instant DECEMBER_5 = Instant.parse("2026-12-05T04:02:00Z");

    static Stream<Arguments> datesWithTimes() {
        return Stream.of(
                Arguments.of("en", "5 December 2026 at 09:02"),
                Arguments.of("ru", "5 декабря 2026\u202Fг. в 09:02"),
                Arguments.of("kk", "2026\u202Fж. 5 желтоқсан, 09:02"),
                Arguments.of("ky", "2026-ж., 5-декабрь 09:02"),
                Arguments.of("tg", "5 декабри 2026, 09:02"),
                Arguments.of("tk", "5 dekabr 2026 sagat 09:02"),
                Arguments.of("uz", "5-dekabr, 2026, 09:02"),
                Arguments.of("az", "5 dekabr 2026, 09:02"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("datesWithTimes")
    void aDateWithItsTimeIsJoinedAsTheLanguageWritesIt(String language, String expected) {
        assertThat(shipped.dateTime(DECEMBER_5, Locale.forLanguageTag(language)))
                .isEqualTo(expected)
                .doesNotContain("/");
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
