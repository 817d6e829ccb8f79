package org.tilmash.content;

/** The articles a listing holds in one month or day: the language's own, and all including fallbacks. */
record PeriodCount(int period, long published, long listed) {

    long in(ReaderQueries.Scope scope) {
        return scope == ReaderQueries.Scope.OWN ? published : listed;
    }
}
