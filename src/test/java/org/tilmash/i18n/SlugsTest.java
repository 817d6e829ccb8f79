package org.tilmash.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Slugs made with the shipped configuration, against headlines and the addresses each language's press gives them.
 * The expected slugs in {@code src/test/resources/slugs/<lang>.txt} were written by hand from each language's
 * romanization practice, never produced by the code under test.
 */
class SlugsTest {

    private static final List<String> LANGUAGES = List.of("en", "ru", "kk", "ky", "tg", "tk", "uz", "az");

    private static final Slugs SLUGS = new Slugs(shippedConfiguration());

    static LanguageProperties shippedConfiguration() {
        try {
            List<PropertySource<?>> yaml =
                    new YamlPropertySourceLoader().load("defaults", new ClassPathResource("tilmash/defaults.yml"));
            return new Binder(org.springframework.boot.context.properties.source.ConfigurationPropertySources.from(
                            yaml.getFirst()))
                    .bind("tilmash.i18n", LanguageProperties.class)
                    .get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> headlines() throws IOException {
        Stream.Builder<Arguments> all = Stream.builder();
        for (String language : LANGUAGES) {
            List<String> lines = Files.readAllLines(
                            Path.of("src/test/resources/slugs", language + ".txt"), StandardCharsets.UTF_8)
                    .stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
            assertThat(lines).as("headlines for %s", language).hasSizeGreaterThanOrEqualTo(15);
            for (String line : lines) {
                String[] parts = line.split("\\|");
                all.add(Arguments.of(language, parts[0].strip(), parts[1].strip()));
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("headlines")
    void headlinesBecomeTheSlugsTheirLanguageWrites(String language, String headline, String expected) {
        assertThat(SLUGS.slugify(headline, language)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oʻzbekiston", "O‘zbekiston", "O'zbekiston", "Oʼzbekiston", "O’zbekiston"})
    void everyWayOfTypingTheUzbekOkinaGivesOneSlug(String word) {
        assertThat(SLUGS.slugify(word, "uz")).isEqualTo("ozbekiston");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk", "ky", "tg"})
    void softAndHardSignsNeverSplitAWord(String language) {
        assertThat(SLUGS.slugify("Объявление о борьбе", language)).doesNotContain("b-y", "r-b");
    }

    /** The letters each of the eight alphabets adds to Russian's or to plain Latin, and Russian's own. */
    private static final String REGION_LETTERS = "әғқңөұүһіӣӯҳҷ" + "ÄäŇňÖöÜüÝýŽžŞşÇç" + "ƏəĞğIıİiÖöÜüÇçŞş"
            + "ӘҒҚҢӨҰҮҺІӢӮҲҶ" + "абвгдеёжзийклмнопрстуфхцчшщыэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯ";

    static Stream<Arguments> everyLetterInEveryLanguage() {
        return LANGUAGES.stream()
                .flatMap(language -> REGION_LETTERS
                        .codePoints()
                        .mapToObj(Character::toString)
                        .map(letter -> Arguments.of(language, letter)));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("everyLetterInEveryLanguage")
    void everyLetterOfTheRegionIsSpelledInLatinWhateverTheArticlesLanguage(String language, String letter) {
        assertThat(SLUGS.slugify("la" + letter + "la", language)).matches("la[a-z]+la");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"en", "ru"})
    void placesOfTheRegionReadInAnArticleOfAnotherLanguage(String language) {
        assertThat(SLUGS.slugify("Festival in Şəki and Gəncə opens; Türkmenbaşy port; Ақтөбе", language))
                .isEqualTo("festival-in-seki-and-gence-opens-turkmenbasy-port-aktobe");
        assertThat(SLUGS.slugify("қазақ ұлттық ғылым әлемі", language)).isEqualTo("kazak-ulttyk-gylym-alemi");
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @org.junit.jupiter.params.provider.CsvSource({"en, hujand", "ru, khujand", "kk, khujand", "tg, khujand"})
    void tajikLettersReadInAnyArticle(String language, String expected) {
        assertThat(SLUGS.slugify("Хуҷанд", language)).isEqualTo(expected);
    }
}
