package org.tilmash.i18n;

import static org.tilmash.i18n.Language.Direction.LTR;

import com.ibm.icu.text.MessagePattern;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Fills named arguments that stand for a language with the phrase the sentence needs. Languages inflect their names
 * (Russian «на казахском языке», Kazakh «қазақ тілінде»), so a pattern never receives a self-name: it asks for
 * {@code {languageIn}}, {@code {languageInto}}, {@code {languageFrom}}, {@code {languageAttr}} or
 * {@code {languageName}} of the {@link Language} or language code passed as {@code language}, and each bundle's {@code language.in} …
 * keys say how its grammar writes that, with an ICU {@code select} on the language code and a neutral phrasing for
 * languages it does not know. Resolvables among the arguments (a state, a role) are resolved in the same locale, and a
 * {@link Language} asked for by its bare name gets its name in the nominative: no code reaches a reader.
 */
final class LanguagePhrases {

    private static final Pattern PHRASE = Pattern.compile("(\\w+?)(In|Into|From|Attr|Name)");

    private LanguagePhrases() {}

    /**
     * The arguments the pattern uses, with phrases and resolvables turned into text by {@code resolve}.
     *
     * @param resolve formats a resolvable in the locale of the message
     */
    static Map<String, Object> arguments(
            Set<String> used,
            Map<?, ?> named,
            BiFunction<MessageSourceResolvable, Locale, String> resolve,
            Locale locale,
            LanguageRegistry languages) {
        Map<String, Object> arguments = new HashMap<>();
        named.forEach((key, value) -> arguments.put(String.valueOf(key), value));
        for (String name : used) {
            Object value = named.get(name);
            if (value instanceof Language language) {
                arguments.put(name, resolve.apply(phrase("name", language), locale));
            } else if (value instanceof MessageSourceResolvable resolvable) {
                arguments.put(name, resolve.apply(resolvable, locale));
            } else if (value == null) {
                Matcher matcher = PHRASE.matcher(name);
                Optional<Language> language =
                        matcher.matches() ? language(named.get(matcher.group(1)), languages) : Optional.empty();
                if (language.isPresent()) {
                    String form = matcher.group(2).toLowerCase(Locale.ROOT);
                    arguments.put(name, resolve.apply(phrase(form, language.get()), locale));
                }
            }
        }
        return arguments;
    }

    /** Every argument name of the pattern, also those inside {@code plural} and {@code select} branches. */
    static Set<String> argumentNames(MessagePattern pattern) {
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(pattern.getSubstring(part));
            }
        }
        return names;
    }

    private static Optional<Language> language(Object value, LanguageRegistry languages) {
        if (value instanceof Language language) {
            return Optional.of(language);
        }
        if (value instanceof CharSequence code) {
            // A code of a language switched off since still reads as a phrase: the neutral branch, named by its code.
            return languages
                    .find(code.toString())
                    .or(() -> Optional.of(new Language(code.toString(), code.toString(), "Zyyy", LTR, List.of())));
        }
        return Optional.empty();
    }

    /** Whether the pattern opens with a language phrase, which then needs a capital letter. */
    static boolean opensWithPhrase(MessagePattern pattern) {
        if (pattern.countParts() < 3
                || pattern.getPart(0).getLimit() != pattern.getPart(1).getIndex()) {
            return false;
        }
        MessagePattern.Part start = pattern.getPart(1);
        MessagePattern.Part name = pattern.getPart(2);
        return start.getType() == MessagePattern.Part.Type.ARG_START
                && name.getType() == MessagePattern.Part.Type.ARG_NAME
                && PHRASE.matcher(pattern.getSubstring(name)).matches();
    }

    /** Sentence case in the language's own rules (Azerbaijani {@code i} becomes {@code İ}). */
    static String capitalized(String text, Locale locale) {
        if (text.isEmpty()) {
            return text;
        }
        int first = Character.charCount(text.codePointAt(0));
        return text.substring(0, first).toUpperCase(locale) + text.substring(first);
    }

    private static MessageSourceResolvable phrase(String form, Language language) {
        return new DefaultMessageSourceResolvable(
                new String[] {"language." + form},
                new Object[] {Map.of("code", language.code(), "name", language.nativeName())});
    }
}
