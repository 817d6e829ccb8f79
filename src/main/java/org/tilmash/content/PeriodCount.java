package org.tilmash.content;

import java.util.List;

/** The articles a listing holds in one month or day: the language's own, and all including fallbacks. */
record PeriodCount(int period, long published, long listed) {

    long in(ReaderQueries.Scope scope) {
        return scope == ReaderQueries.Scope.OWN ? published : listed;
    }

    /** The articles of several periods together: a month's days, or a section's months. */
    static PeriodCount sum(List<PeriodCount> periods) {
        return new PeriodCount(
                0,
                periods.stream().mapToLong(PeriodCount::published).sum(),
                periods.stream().mapToLong(PeriodCount::listed).sum());
    }
}
