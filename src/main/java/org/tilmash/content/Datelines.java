package org.tilmash.content;

import java.time.Instant;

/** The dates an article can carry. */
public final class Datelines {

    /**
     * The earliest: a newsroom's archive starts later, and the listings count articles per day as the number yyyymmdd,
     * which needs a year of at least three digits.
     */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private Datelines() {}
}
