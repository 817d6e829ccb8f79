package org.tilmash.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tilmash.support.TilmashTest;

/**
 * Guards the bundles in {@code i18n/} and the templates: every key in every language, every pattern valid ICU with
 * the plural categories CLDR requires for its language, no English left in other languages, and no literal
 * user-visible text in templates.
 */
@TilmashTest
class I18nBundlesTest {

    private static final Path BUNDLES = Path.of("i18n");
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("site.name");
    private static final List<String> VISIBLE_ATTRIBUTES =
            List.of("title", "alt", "placeholder", "aria-label", "content");

    @Autowired
    LanguageRegistry languages;

    private static Properties load(String language) throws IOException {
        String name = language.equals("en") ? "messages.properties" : "messages_" + language + ".properties";
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfTheBaseBundle() throws IOException {
        Set<String> base = load("en").stringPropertyNames();
        for (Language language : languages.all()) {
            Set<String> keys = load(language.code()).stringPropertyNames();
            assertThat(new TreeSet<>(keys))
                    .as("keys of messages_%s.properties", language.code())
                    .isEqualTo(new TreeSet<>(base));
        }
    }

    @Test
    void everyPatternParsesAndHasThePluralCategoriesItsLanguageNeeds() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Language language : languages.all()) {
            ULocale locale = ULocale.forLanguageTag(language.code());
            Set<String> cardinal = PluralRules.forLocale(locale).getKeywords();
            Set<String> ordinal = PluralRules.forLocale(locale, PluralRules.PluralType.ORDINAL)
                    .getKeywords();
            load(language.code()).forEach((key, value) -> {
                try {
                    checkPlurals(
                            new MessagePattern(value.toString()),
                            cardinal,
                            ordinal,
                            language.code() + ":" + key,
                            problems);
                } catch (IllegalArgumentException e) {
                    problems.add(language.code() + ":" + key + " does not parse: " + e.getMessage());
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    private static void checkPlurals(
            MessagePattern pattern, Set<String> cardinal, Set<String> ordinal, String where, List<String> problems) {
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START
                    || !part.getArgType().hasPluralStyle()) {
                continue;
            }
            Set<String> required = part.getArgType() == MessagePattern.ArgType.SELECTORDINAL ? ordinal : cardinal;
            Set<String> found = new HashSet<>();
            int limit = pattern.getLimitPartIndex(i);
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part selector = pattern.getPart(j);
                if (selector.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    found.add(pattern.getSubstring(selector));
                } else if (selector.getType() == MessagePattern.Part.Type.MSG_START) {
                    j = pattern.getLimitPartIndex(j);
                }
            }
            if (!found.containsAll(required)) {
                problems.add(where + " has plural categories " + found + " but its language needs " + required);
            }
        }
    }

    @Test
    void noLanguageKeepsEnglishOrTheWrongScript() throws IOException {
        Properties english = load("en");
        List<String> problems = new ArrayList<>();
        for (Language language : languages.all()) {
            if (language.code().equals("en")) {
                continue;
            }
            load(language.code()).forEach((key, value) -> {
                String text = stripPlaceholders(value.toString());
                boolean hasLetters = text.codePoints().anyMatch(Character::isLetter);
                if (hasLetters && value.equals(english.get(key)) && !SAME_IN_EVERY_LANGUAGE.contains(key)) {
                    problems.add(language.code() + ":" + key + " is the English text");
                }
                if (hasLetters
                        && language.script().equals("Cyrl")
                        && !SAME_IN_EVERY_LANGUAGE.contains(key)
                        && text.codePoints()
                                .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
                    problems.add(language.code() + ":" + key + " has no Cyrillic text: " + value);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    /** Drops argument names and keywords such as {@code {count, plural, one {…}}} but keeps the message text. */
    private static String stripPlaceholders(String pattern) {
        return pattern.replaceAll("\\{\\s*[\\w.]+\\s*(,\\s*\\w+\\s*)?(,\\s*\\w+\\s*)?}", "")
                .replaceAll("\\{\\s*\\w+\\s*,\\s*(plural|select|selectordinal)\\s*,", "")
                .replaceAll("(?<=[\\s{}])(zero|one|two|few|many|other|=\\d+)\\s*\\{", "");
    }

    /** A row of {@code i18n/glossary.md}: the words a language never uses for a concept. */
    private record Forbidden(String language, String concept, String use, List<String> never) {}

    private static List<Forbidden> glossary() throws IOException {
        List<Forbidden> rows = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLES.resolve("glossary.md"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|");
            if (cells.length == 5 && cells[1].strip().matches("[a-z]{2,3}")) {
                List<String> never = Stream.of(cells[4].split(","))
                        .map(String::strip)
                        .filter(word -> !word.isEmpty())
                        .toList();
                rows.add(new Forbidden(cells[1].strip(), cells[2].strip(), cells[3].strip(), never));
            }
        }
        return rows;
    }

    @Test
    void everyLanguageHasTheOneWordForEachConceptOfTheGlossary() throws IOException {
        Set<String> concepts = Set.of(
                "article",
                "revision",
                "version",
                "translation",
                "review",
                "reviewer",
                "publish",
                "draft",
                "back office",
                "upload",
                "download",
                "caption",
                "section");
        List<Forbidden> rows = glossary();
        for (Language language : languages.all()) {
            if (language.code().equals("en")) {
                continue;
            }
            assertThat(rows.stream()
                            .filter(row -> row.language().equals(language.code()))
                            .map(Forbidden::concept))
                    .as("glossary concepts of %s", language.code())
                    .containsAll(concepts);
        }
    }

    @Test
    void noBundleUsesAWordItsGlossaryForbids() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Forbidden row : glossary()) {
            Locale locale = Locale.forLanguageTag(row.language());
            load(row.language()).forEach((key, value) -> {
                String text = value.toString().toLowerCase(locale);
                for (String word : row.never()) {
                    Pattern atWordStart =
                            Pattern.compile("(?<![\\p{L}\u02BB\u02BC])" + Pattern.quote(word.toLowerCase(locale)));
                    if (atWordStart.matcher(text).find()) {
                        problems.add(row.language() + ":" + key + " says “" + word + "” for " + row.concept()
                                + "; the glossary's word is “" + row.use() + "”");
                    }
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void uzbekWritesTheOkinaAsU02bbAndTheTutuqBelgisiAsU02bc() throws IOException {
        List<String> problems = new ArrayList<>();
        load("uz").forEach((key, value) -> {
            String text = value.toString();
            if (text.matches("(?s).*[\u2018\u2019\u02BD`].*")) {
                problems.add(key + " has a quotation mark or backtick for an apostrophe: " + text);
            }
            if (text.matches("(?s).*[oOgG][\u02BC'].*")) {
                problems.add(key + " writes oʻ/gʻ with a tutuq belgisi or ASCII quote instead of U+02BB: " + text);
            }
            if (text.matches("(?s).*[^oOgG]\u02BB.*")) {
                problems.add(key + " has U+02BB after a letter other than o or g: " + text);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesHaveNoLiteralUserVisibleText() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files =
                Stream.concat(Files.walk(Path.of("src/main/resources/templates")), Files.walk(Path.of("themes")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document document = Jsoup.parse(Files.readString(file), "", Parser.htmlParser());
                for (Element element : document.getAllElements()) {
                    literalText(element)
                            .ifPresent(text -> problems.add(file + ": <" + element.tagName() + "> " + text));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static java.util.Optional<String> literalText(Element element) {
        if (element.tagName().equals("script") || element.tagName().equals("style")) {
            return java.util.Optional.empty();
        }
        boolean replaced = Stream.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert", "th:remove")
                .anyMatch(element::hasAttr);
        if (!replaced && element.ownText().codePoints().anyMatch(Character::isLetter)) {
            return java.util.Optional.of(element.ownText());
        }
        for (String attribute : VISIBLE_ATTRIBUTES) {
            String value = element.attr(attribute);
            boolean dynamic = element.hasAttr("th:" + attribute) || element.hasAttr("th:attr");
            boolean isMetaName = attribute.equals("content")
                    && element.tagName().equals("meta")
                    && (element.hasAttr("charset") || element.attr("name").matches("viewport|robots"));
            if (!dynamic && !isMetaName && value.codePoints().anyMatch(Character::isLetter)) {
                return java.util.Optional.of(attribute + "=\"" + value + "\"");
            }
        }
        return java.util.Optional.empty();
    }
}
