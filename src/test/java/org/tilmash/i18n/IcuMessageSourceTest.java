package org.tilmash.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

class IcuMessageSourceTest {

    @TempDir
    Path bundles;

    private IcuMessageSource messages;

    @BeforeEach
    void setUp() throws IOException {
        write("messages.properties", """
                items={count, plural, one {# item} other {# items}}
                greeting=Hello, {name}
                onlyEnglish=English only
                positional=Page {0} of {1}
                field=title
                required={0} is required
                """);
        write("messages_ru.properties", """
                items={count, plural, one {# материал} few {# материала} many {# материалов} other {# материала}}
                greeting=Здравствуйте, {name}
                onlyRussian=Только по-русски
                """);
        write("messages_kk.properties", "greeting=Сәлем, {name}\n");
        messages = new IcuMessageSource(registry(), new MessageBundles(bundles));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(bundles.resolve(name), content);
    }

    static LanguageRegistry registry() {
        LanguageProperties properties = new LanguageProperties();
        properties.getLanguages().put("en", language("English", List.of()));
        properties.getLanguages().put("ru", language("Русский", List.of("en")));
        properties.getLanguages().put("kk", language("Қазақша", List.of("ru", "en")));
        return new LanguageRegistry(properties);
    }

    private static LanguageProperties.LanguageConfig language(String nativeName, List<String> fallbacks) {
        LanguageProperties.LanguageConfig config = new LanguageProperties.LanguageConfig();
        config.setNativeName(nativeName);
        config.setFallbacks(fallbacks);
        return config;
    }

    private String items(long count, String language) {
        return messages.getMessage("items", new Object[] {Map.of("count", count)}, Locale.forLanguageTag(language));
    }

    @Test
    void russianPluralsFollowCldrCategories() {
        assertThat(items(1, "ru")).isEqualTo("1 материал");
        assertThat(items(3, "ru")).isEqualTo("3 материала");
        assertThat(items(5, "ru")).isEqualTo("5 материалов");
        assertThat(items(21, "ru")).isEqualTo("21 материал");
        assertThat(items(1458, "ru")).isEqualTo("1\u00a0458 материалов");
    }

    @Test
    void englishPluralsAndGrouping() {
        assertThat(items(1, "en")).isEqualTo("1 item");
        assertThat(items(1458, "en")).isEqualTo("1,458 items");
    }

    @Test
    void missingKeyFallsBackAlongTheChainAndIsFormattedByTheBundleItCameFrom() {
        assertThat(messages.getMessage("greeting", new Object[] {Map.of("name", "Айгүл")}, Locale.forLanguageTag("kk")))
                .isEqualTo("Сәлем, Айгүл");
        assertThat(messages.getMessage("onlyRussian", null, Locale.forLanguageTag("kk")))
                .isEqualTo("Только по-русски");
        assertThat(items(5, "kk")).isEqualTo("5 материалов");
        assertThat(messages.getMessage("onlyEnglish", null, Locale.forLanguageTag("kk")))
                .isEqualTo("English only");
    }

    @Test
    void unknownLocaleUsesTheBaseBundle() {
        assertThat(messages.getMessage("greeting", new Object[] {Map.of("name", "Ana")}, Locale.forLanguageTag("pt")))
                .isEqualTo("Hello, Ana");
    }

    @Test
    void positionalArgumentsStillWork() {
        assertThat(messages.getMessage("positional", new Object[] {2, 7}, Locale.ENGLISH))
                .isEqualTo("Page 2 of 7");
    }

    @Test
    void unknownKeyIsReportedOrDefaulted() {
        assertThatThrownBy(() -> messages.getMessage("nope", null, Locale.ENGLISH))
                .isInstanceOf(NoSuchMessageException.class);
        assertThat(messages.getMessage("nope", null, "fallback", Locale.ENGLISH))
                .isEqualTo("fallback");
    }

    @Test
    void resolvablesLikeValidationErrorsTryEachCodeAndResolveNestedArguments() {
        DefaultMessageSourceResolvable error = new DefaultMessageSourceResolvable(
                new String[] {"required.article.title", "required"},
                new Object[] {new DefaultMessageSourceResolvable(new String[] {"field"}, "title")});
        assertThat(messages.getMessage(error, Locale.ENGLISH)).isEqualTo("title is required");
    }
}
