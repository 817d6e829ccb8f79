package org.tilmash.content;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * How many articles one language's listing holds in one section in a calendar month or day (UTC), so that a page found
 * by its number can skip whole months and days; see {@code V250__listing_period.sql}. Recounted with the listing
 * entries.
 */
@Entity
@Table(name = "tilmash_listing_period")
@IdClass(ListingPeriod.Key.class)
class ListingPeriod {

    /** Every month, as yyyymm, is below this; every day, as yyyymmdd, above. */
    static final int LAST_MONTH = 999_999;

    @Id
    private String language;

    @Id
    private Long sectionId;

    /** A month as the number yyyymm (202403) or a day as yyyymmdd (20240315): the database computes them alike. */
    @Id
    private int period;

    private int publishedCount;

    private int listedCount;

    protected ListingPeriod() {}

    ListingPeriod(Key key) {
        this.language = key.language();
        this.sectionId = key.sectionId();
        this.period = key.period();
    }

    void recount(long published, long listed) {
        this.publishedCount = Math.toIntExact(published);
        this.listedCount = Math.toIntExact(listed);
    }

    static int day(Instant dateline) {
        LocalDate day = dateline.atZone(ZoneOffset.UTC).toLocalDate();
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    static int monthOf(int day) {
        return day / 100;
    }

    /** The days of a month, as a range of periods. */
    static int firstDayOf(int month) {
        return month * 100;
    }

    static int lastDayOf(int month) {
        return month * 100 + 99;
    }

    static Instant start(int period) {
        boolean isDay = period > LAST_MONTH;
        int month = isDay ? monthOf(period) : period;
        return LocalDate.of(month / 100, month % 100, isDay ? period % 100 : 1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }

    static Instant end(int period) {
        ZonedDateTime start = start(period).atZone(ZoneOffset.UTC);
        return (period > LAST_MONTH ? start.plusDays(1) : start.plusMonths(1)).toInstant();
    }

    /** One listing's articles in one period: the language, the section they are in, the month or day. */
    record Key(String language, Long sectionId, int period) implements Serializable {

        /** The day of an entry's dateline. */
        static Key of(ListingEntry entry) {
            return new Key(entry.getLanguage(), entry.getSectionId(), day(entry.getDateline()));
        }

        Key month() {
            return new Key(language, sectionId, monthOf(period));
        }
    }
}
