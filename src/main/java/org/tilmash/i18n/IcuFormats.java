package org.tilmash.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Locale-aware formatting with ICU and CLDR data: dates in the site's time zone and the language's own long format
 * (Russian {@code 27 декабря 2021 г.}), numbers, and collation. Templates reach it as {@code @formats}.
 */
@Component("formats")
public class IcuFormats {

    private final ZoneId zoneId;
    private final TimeZone zone;
    private final LanguageProperties properties;
    private final Map<String, Collator> collators = new ConcurrentHashMap<>();
    /**
     * Formats made once per kind and locale (building one reads CLDR data and costs far more than formatting). ICU's
     * formats are not thread-safe: each is used under its own lock, which is held only while formatting.
     */
    private final Map<String, DateFormat> dateFormats = new ConcurrentHashMap<>();

    private final Map<String, NumberFormat> numberFormats = new ConcurrentHashMap<>();

    IcuFormats(LanguageRegistry languages, LanguageProperties properties) {
        this.zoneId = languages.timeZone();
        // The JDK's tz database, the one java.time uses: a past date keeps the offset of its day (Asia/Almaty was
        // UTC+6 until 2024-03-01), and ISO dates, inputs and formatted dates agree on every day.
        this.zone = TimeZone.getTimeZone(zoneId.getId(), TimeZone.TIMEZONE_JDK);
        this.properties = properties;
    }

    /**
     * A long date such as {@code 29 ноября 2026 г.}, or in the language's configured pattern where its press writes
     * dates otherwise than CLDR.
     */
    public String date(Instant instant, Locale locale) {
        return format(
                dateFormats.computeIfAbsent("date|" + locale, key -> {
                    String pattern = config(locale)
                            .map(LanguageProperties.LanguageConfig::getDatePattern)
                            .orElse("");
                    return zoned(
                            pattern.isBlank()
                                    ? DateFormat.getDateInstance(DateFormat.LONG, formattingLocale(locale))
                                    : configured(pattern, locale));
                }),
                instant);
    }

    /** A calendar day, written as {@link #date(Instant, Locale)} writes the day of an instant. */
    public String date(java.time.LocalDate day, Locale locale) {
        return date(day.atStartOfDay(zoneId).toInstant(), locale);
    }

    /** A country's name as readers of {@code locale} write it, e.g. {@code Қазақстан} for KZ in Kazakh. */
    public String countryName(String code, Locale locale) {
        return new ULocale("", code).getDisplayCountry(ULocale.forLocale(locale));
    }

    /** The site's time zone as the language names it, by its exemplar city: {@code Алматы}, {@code Almaty}. */
    public String zoneName(Locale locale) {
        String city = TimeZoneNames.getInstance(ULocale.forLocale(locale)).getExemplarLocationName(zoneId.getId());
        return city == null ? zone.getDisplayName(false, TimeZone.LONG_GENERIC, ULocale.forLocale(locale)) : city;
    }

    /** A date and short time, for the back office. */
    public String dateTime(Instant instant, Locale locale) {
        return format(dateFormats.computeIfAbsent("dateTime|" + locale, key -> makeDateTime(locale)), instant);
    }

    private DateFormat makeDateTime(Locale locale) {
        String dateTimePattern = config(locale)
                .map(LanguageProperties.LanguageConfig::getDateTimePattern)
                .orElse("");
        if (!dateTimePattern.isBlank()) {
            return zoned(configured(dateTimePattern, locale));
        }
        String pattern = config(locale)
                .map(LanguageProperties.LanguageConfig::getDatePattern)
                .orElse("");
        ULocale formatting = formattingLocale(locale);
        if (pattern.isBlank()) {
            return zoned(DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, formatting));
        }
        String time = ((SimpleDateFormat) DateFormat.getTimeInstance(DateFormat.SHORT, formatting)).toPattern();
        return zoned(configured(pattern + ", " + time, locale));
    }

    private DateFormat zoned(DateFormat format) {
        format.setTimeZone(zone);
        return format;
    }

    private SimpleDateFormat configured(String pattern, Locale locale) {
        ULocale language = ULocale.forLocale(locale);
        SimpleDateFormat format = new SimpleDateFormat(pattern, language);
        List<String> months = config(locale)
                .map(LanguageProperties.LanguageConfig::getMonthNames)
                .orElse(List.of());
        if (months.size() == 12) {
            DateFormatSymbols symbols = new DateFormatSymbols(language);
            symbols.setMonths(months.toArray(String[]::new), DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
            format.setDateFormatSymbols(symbols);
        }
        return format;
    }

    /** English in the site's configured variant; every other language as it is. */
    private ULocale formattingLocale(Locale locale) {
        return "en".equals(locale.getLanguage())
                ? ULocale.forLocale(properties.getEnglishLocale())
                : ULocale.forLocale(locale);
    }

    private java.util.Optional<LanguageProperties.LanguageConfig> config(Locale locale) {
        return java.util.Optional.ofNullable(properties.getLanguages().get(locale.getLanguage()));
    }

    /** The date and time in ISO 8601 with offset, for {@code <time datetime>} and feeds. */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : instant.truncatedTo(ChronoUnit.SECONDS)
                        .atZone(zoneId)
                        .toOffsetDateTime()
                        .toString();
    }

    /** The name of a language as readers of {@code locale} write it, e.g. {@code орыс тілі} for Russian in Kazakh. */
    public String languageName(String code, Locale locale) {
        return ULocale.forLanguageTag(code).getDisplayLanguage(ULocale.forLocale(locale));
    }

    public String number(long value, Locale locale) {
        NumberFormat format = numberFormats.computeIfAbsent(
                locale.toString(), key -> NumberFormat.getInstance(formattingLocale(locale)));
        synchronized (format) {
            return format.format(value);
        }
    }

    /**
     * Compares strings as readers of the language expect them sorted: CLDR's collation, or the configured tailoring
     * for a language CLDR has none for.
     */
    public Comparator<String> collation(Locale locale) {
        Collator collator = collators.computeIfAbsent(locale.getLanguage(), language -> {
            String rules = config(locale)
                    .map(LanguageProperties.LanguageConfig::getCollationRules)
                    .orElse("");
            try {
                Collator made = rules.isBlank() ? Collator.getInstance(locale) : new RuleBasedCollator(rules);
                return made.freeze();
            } catch (Exception e) {
                throw new IllegalStateException(
                        "Collation rules of " + language + " do not parse: " + e.getMessage(), e);
            }
        });
        return collator::compare;
    }

    private static String format(DateFormat format, Instant instant) {
        if (instant == null) {
            return "";
        }
        synchronized (format) {
            return format.format(Date.from(instant));
        }
    }
}
