package org.tilmash.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * Spring's {@link MessageSource} backed by ICU4J's {@link MessageFormat}, so bundles can use {@code plural},
 * {@code select} and {@code selectordinal}. A single {@link Map} argument is taken as named arguments (Thymeleaf's
 * {@code #{key(${ {count: n} })}}); any other arguments are positional. A key missing in the requested language is
 * looked up along the language's fallback chain and finally in the English base bundle, and is then formatted with
 * the rules of the language it was found in.
 */
final class IcuMessageSource implements MessageSource {

    private final LanguageRegistry languages;
    private final MessageBundles bundles;
    private final Map<String, Optional<Compiled>> formats = new ConcurrentHashMap<>();

    /** A parsed pattern and what formatting it needs to know about it. */
    private record Compiled(MessageFormat format, Set<String> arguments, boolean opensWithPhrase, Locale locale) {}

    IcuMessageSource(LanguageRegistry languages, MessageBundles bundles) {
        this.languages = languages;
        this.bundles = bundles;
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return format(code, args, locale).orElse(defaultMessage);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
        return format(code, args, locale).orElseThrow(() -> new NoSuchMessageException(code, locale));
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        Object[] args = resolveNested(resolvable.getArguments(), locale);
        String[] codes = resolvable.getCodes() == null ? new String[0] : resolvable.getCodes();
        for (String code : codes) {
            Optional<String> message = format(code, args, locale);
            if (message.isPresent()) {
                return message.get();
            }
        }
        if (resolvable.getDefaultMessage() != null) {
            return resolvable.getDefaultMessage();
        }
        throw new NoSuchMessageException(codes.length == 0 ? "" : codes[codes.length - 1], locale);
    }

    private Object[] resolveNested(Object[] args, Locale locale) {
        if (args == null) {
            return null;
        }
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof MessageSourceResolvable nested) {
                resolved[i] = getMessage(nested, locale);
            }
        }
        return resolved;
    }

    private Optional<String> format(String code, Object[] args, Locale locale) {
        if (code == null) {
            return Optional.empty();
        }
        for (String language : lookupOrder(locale)) {
            Optional<Compiled> compiled = formatFor(code, language);
            if (compiled.isPresent()) {
                return Optional.of(apply(compiled.get(), args, locale));
            }
        }
        return Optional.empty();
    }

    private String apply(Compiled compiled, Object[] args, Locale locale) {
        MessageFormat format = compiled.format();
        Map<String, Object> named = null;
        if (args != null && args.length == 1 && args[0] instanceof Map<?, ?> map) {
            named = LanguagePhrases.arguments(compiled.arguments(), map, this::getMessage, locale, languages);
        }
        String text;
        // ICU MessageFormat instances are not safe for concurrent formatting.
        synchronized (format) {
            text = named != null ? format.format(named) : format.format(args == null ? new Object[0] : args);
        }
        return compiled.opensWithPhrase() ? LanguagePhrases.capitalized(text, compiled.locale()) : text;
    }

    private Optional<Compiled> formatFor(String code, String language) {
        return formats.computeIfAbsent(
                language + '\u0000' + code,
                key -> bundles.pattern(language, code).map(pattern -> compile(pattern, localeOf(language))));
    }

    private static Compiled compile(String pattern, ULocale locale) {
        MessagePattern parsed = new MessagePattern(pattern);
        return new Compiled(
                new MessageFormat(pattern, locale),
                LanguagePhrases.argumentNames(parsed),
                LanguagePhrases.opensWithPhrase(parsed),
                locale.toLocale());
    }

    private ULocale localeOf(String bundleLanguage) {
        return MessageBundles.BASE.equals(bundleLanguage) ? ULocale.ENGLISH : ULocale.forLanguageTag(bundleLanguage);
    }

    /** Bundle names to search for a locale: its language, the fallback chain, then the base bundle. */
    /** The bundles to look in for a locale, computed once per locale: the language registry is configuration. */
    private final java.util.Map<Locale, List<String>> lookupOrders = new java.util.concurrent.ConcurrentHashMap<>();

    private List<String> lookupOrder(Locale locale) {
        return locale == null
                ? computeLookupOrder(null)
                : lookupOrders.computeIfAbsent(locale, this::computeLookupOrder);
    }

    private List<String> computeLookupOrder(Locale locale) {
        List<String> order = new ArrayList<>();
        languages
                .find(locale == null ? null : locale.getLanguage())
                .ifPresent(language -> languages.chain(language).forEach(l -> order.add(l.code())));
        order.add(MessageBundles.BASE);
        return List.copyOf(order);
    }
}
