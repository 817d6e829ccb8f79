package org.tilmash.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tilmash.support.TilmashTest;

@TilmashTest
class LanguageRegistryTest {

    @Autowired
    LanguageRegistry languages;

    @Test
    void theEightLanguagesAreConfiguredWithNativeNamesInOrder() {
        assertThat(languages.all())
                .extracting(Language::code, Language::nativeName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("en", "English"),
                        org.assertj.core.groups.Tuple.tuple("ru", "Русский"),
                        org.assertj.core.groups.Tuple.tuple("kk", "Қазақша"),
                        org.assertj.core.groups.Tuple.tuple("ky", "Кыргызча"),
                        org.assertj.core.groups.Tuple.tuple("tg", "Тоҷикӣ"),
                        org.assertj.core.groups.Tuple.tuple("tk", "Türkmençe"),
                        org.assertj.core.groups.Tuple.tuple("uz", "Oʻzbekcha"),
                        org.assertj.core.groups.Tuple.tuple("az", "Azərbaycanca"));
        assertThat(languages.defaultLanguage().code()).isEqualTo("en");
    }

    @Test
    void regionalLanguagesFallBackToRussianThenEnglish() {
        for (String regional : List.of("kk", "ky", "tg", "tk", "uz", "az")) {
            assertThat(languages.chain(languages.require(regional)))
                    .extracting(Language::code)
                    .containsExactly(regional, "ru", "en");
        }
        assertThat(languages.chain(languages.require("ru")))
                .extracting(Language::code)
                .containsExactly("ru", "en");
    }

    @Test
    void scriptsAndDirectionsAreConfigured() {
        assertThat(languages.require("kk").script()).isEqualTo("Cyrl");
        assertThat(languages.require("uz").script()).isEqualTo("Latn");
        assertThat(languages.all())
                .allSatisfy(language -> assertThat(language.dir()).isEqualTo("ltr"));
    }

    @Test
    void aFallbackToAnUnknownLanguageIsAConfigurationError() {
        LanguageProperties properties = new LanguageProperties();
        LanguageProperties.LanguageConfig kk = new LanguageProperties.LanguageConfig();
        kk.setFallbacks(List.of("ru"));
        properties.setLanguages(
                new java.util.LinkedHashMap<>(Map.of("en", new LanguageProperties.LanguageConfig(), "kk", kk)));
        assertThatThrownBy(() -> new LanguageRegistry(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kk falls back to ru");
    }

    @Test
    void articlesAreWrittenInEnglishOrRussianAndTranslatedFromEither() {
        assertThat(languages.sources()).extracting(Language::code).containsExactly("en", "ru");
        assertThat(languages.pivots()).extracting(Language::code).containsExactly("en", "ru");
        assertThat(languages.isSource("kk")).isFalse();
    }

    @Test
    void withoutSourceLanguagesConfiguredEditorsWriteInTheDefaultLanguage() {
        LanguageProperties properties = new LanguageProperties();
        LanguageProperties.LanguageConfig kk = new LanguageProperties.LanguageConfig();
        LanguageProperties.LanguageConfig tg = new LanguageProperties.LanguageConfig();
        tg.setPivot(true);
        java.util.Map<String, LanguageProperties.LanguageConfig> configured = new java.util.LinkedHashMap<>();
        configured.put("en", new LanguageProperties.LanguageConfig());
        configured.put("kk", kk);
        configured.put("tg", tg);
        properties.setLanguages(configured);

        LanguageRegistry registry = new LanguageRegistry(properties);

        assertThat(registry.sources()).extracting(Language::code).containsExactly("en");
        assertThat(registry.pivots()).extracting(Language::code).containsExactly("en", "tg");
    }
}
