package dev.patrol.codec.json;

import java.util.EnumSet;
import java.util.Set;

/** The reference-time elements of a Go layout (Go's `std*` constants in time/format.go). */
enum GoStd {
    LONG_MONTH, MONTH, NUM_MONTH, ZERO_MONTH,
    LONG_WEEKDAY, WEEKDAY,
    DAY, UNDER_DAY, ZERO_DAY,
    HOUR, HOUR12, ZERO_HOUR12,
    MINUTE, ZERO_MINUTE,
    SECOND, ZERO_SECOND,
    LONG_YEAR, YEAR,
    PM_UPPER, PM_LOWER,
    TZ_NAME,
    ISO8601_TZ, ISO8601_SECONDS_TZ, ISO8601_SHORT_TZ, ISO8601_COLON_TZ, ISO8601_COLON_SECONDS_TZ,
    NUM_TZ, NUM_SECONDS_TZ, NUM_SHORT_TZ, NUM_COLON_TZ, NUM_COLON_SECONDS_TZ,
    FRAC_ZEROS, FRAC_NINES;

    /** The `Z…` offsets, which print and accept a bare `Z` for UTC. */
    static final Set<GoStd> ISO_OFFSETS = EnumSet.of(ISO8601_TZ, ISO8601_SECONDS_TZ,
            ISO8601_SHORT_TZ, ISO8601_COLON_TZ, ISO8601_COLON_SECONDS_TZ);

    /** Every numeric offset element, `Z…` and `-…` alike. */
    static final Set<GoStd> OFFSETS = EnumSet.range(ISO8601_TZ, NUM_COLON_SECONDS_TZ);

    boolean isColon() {
        return this == ISO8601_COLON_TZ || this == NUM_COLON_TZ
                || this == ISO8601_COLON_SECONDS_TZ || this == NUM_COLON_SECONDS_TZ;
    }

    boolean isShort() {
        return this == ISO8601_SHORT_TZ || this == NUM_SHORT_TZ;
    }

    boolean hasSeconds() {
        return this == ISO8601_SECONDS_TZ || this == NUM_SECONDS_TZ
                || this == ISO8601_COLON_SECONDS_TZ || this == NUM_COLON_SECONDS_TZ;
    }

    boolean isFraction() {
        return this == FRAC_ZEROS || this == FRAC_NINES;
    }
}
