package dev.patrol.adapters.http.gui;

/**
 * One range of a `Range: bytes=…` header against a file of known size, read as Go's
 * net/http parseRange does: `a-b`, `a-` and `-n`, an end past the file cut to its last
 * byte, a start at or past the end not overlapping.
 */
record ByteRange(long start, long length) {
    /** What to send: the whole file, one part, or a 416. */
    enum Verdict { WHOLE, PART, INVALID, NO_OVERLAP }

    /** The verdict, with the range when it is {@link Verdict#PART}. */
    record Reading(Verdict verdict, ByteRange range) {
        static final Reading WHOLE = new Reading(Verdict.WHOLE, null);
        static final Reading INVALID = new Reading(Verdict.INVALID, null);
        static final Reading NO_OVERLAP = new Reading(Verdict.NO_OVERLAP, null);
    }

    private static final String UNIT = "bytes=";

    /** `bytes a-b/size` for the Content-Range of a 206. */
    String contentRange(long size) {
        return "bytes " + start + "-" + (start + length - 1) + "/" + size;
    }

    /**
     * Reads `header` (null or empty: no Range) for a file of `size` bytes. Several ranges
     * are answered with the whole file (200), which RFC 9110 §14.2 allows, instead of Go's
     * multipart/byteranges. Unlike Go, `bytes=-0` does not overlap (RFC 9110 §14.1.1: a
     * suffix range must be non-zero); Go answers it with an empty 206.
     */
    static Reading read(String header, long size) {
        if (header == null || header.isEmpty()) {
            return Reading.WHOLE;
        }
        if (!header.startsWith(UNIT)) {
            return Reading.INVALID;
        }
        ByteRange only = null;
        int count = 0;
        boolean noOverlap = false;
        for (String spec : header.substring(UNIT.length()).split(",", -1)) {
            spec = spec.strip();
            if (spec.isEmpty()) {
                continue;
            }
            int dash = spec.indexOf('-');
            if (dash < 0) {
                return Reading.INVALID;
            }
            String a = spec.substring(0, dash).strip();
            String b = spec.substring(dash + 1).strip();
            ByteRange r;
            if (a.isEmpty()) { // -n: the last n bytes
                long n = number(b);
                if (n < 0) {
                    return Reading.INVALID;
                }
                if (n == 0 || size == 0) {
                    noOverlap = true;
                    continue;
                }
                r = new ByteRange(size - Math.min(n, size), Math.min(n, size));
            } else { // a- or a-b
                long first = number(a);
                if (first < 0) {
                    return Reading.INVALID;
                }
                if (first >= size) {
                    noOverlap = true; // an error only when no other range overlaps
                    continue;
                }
                long last = b.isEmpty() ? size - 1 : number(b);
                if (last < first) {
                    return Reading.INVALID;
                }
                r = new ByteRange(first, Math.min(last, size - 1) - first + 1);
            }
            only = r;
            count++;
        }
        if (count == 0) {
            // Go answers an empty file whole whatever the ranges: some clients always send one.
            return noOverlap && size > 0 ? Reading.NO_OVERLAP : Reading.WHOLE;
        }
        return count == 1 ? new Reading(Verdict.PART, only) : Reading.WHOLE;
    }

    /** A non-negative decimal, or -1 (empty, signed, not a number, too large). */
    private static long number(String s) {
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(s);
    }
}
