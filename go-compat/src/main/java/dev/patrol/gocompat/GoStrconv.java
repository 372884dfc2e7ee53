package dev.patrol.gocompat;

/** Go's strconv as the original's HTTP API used it on query parameters (`toggle`, `cas`). */
public final class GoStrconv {
    private GoStrconv() {
    }

    /**
     * Go's strconv.ParseUint(s, 10, 64) with its error ignored: digits only, else 0; past
     * 2^64-1 the maximum. The result holds the uint64 bits.
     */
    public static long parseUint64(String s) {
        if (s == null || s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        try {
            return Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            return -1L; // Go returns the maximum, 2^64-1, with its range error
        }
    }
}
