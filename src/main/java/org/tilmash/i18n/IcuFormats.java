package org.tilmash.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Locale-aware formatting with ICU and CLDR data: dates in the site's time zone and the language's own long format
 * (Russian {@code 27 декабря 2021 г.}), numbers, and collation. Templates reach it as {@code @formats}.
 */
@Component("formats")
public class IcuFormats {

    private final ZoneId zoneId;
    private final TimeZone zone;

    IcuFormats(LanguageRegistry languages) {
        this.zoneId = languages.timeZone();
        this.zone = TimeZone.getTimeZone(zoneId.getId());
    }

    /** A long date such as {@code 29 ноября 2026 г.}. */
    public String date(Instant instant, Locale locale) {
        return format(DateFormat.getDateInstance(DateFormat.LONG, locale), instant);
    }

    /** A date and short time, for the back office. */
    public String dateTime(Instant instant, Locale locale) {
        return format(DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, locale), instant);
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
        return NumberFormat.getInstance(locale).format(value);
    }

    /** Compares strings as readers of the language expect them sorted. */
    public Comparator<String> collation(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return collator::compare;
    }

    private String format(DateFormat format, Instant instant) {
        if (instant == null) {
            return "";
        }
        format.setTimeZone(zone);
        return format.format(Date.from(instant));
    }
}
