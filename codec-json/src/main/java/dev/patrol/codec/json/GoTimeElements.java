package dev.patrol.codec.json;

import java.util.function.BooleanSupplier;

/** Reads one layout element from the scanner into the fields, following Go's parse switch. */
final class GoTimeElements {
    private static final String OK = "";

    private GoTimeElements() {
    }

    /** Null on a syntax error, "" when fine, else the name of the field out of range. */
    static String read(GoTimeParser.GoTimeFields f, GoLayoutChunk chunk, GoTimeScanner s,
            BooleanSupplier nextIsFraction) {
        switch (chunk.std()) {
            case YEAR: {
                if (s.remaining() < 2) {
                    return null;
                }
                Long y = GoTimeScanner.atoi(s.take(2));
                if (y == null) {
                    return null;
                }
                f.year = (int) (y >= 69 ? y + 1900 : y + 2000);
                return OK;
            }
            case LONG_YEAR: {
                if (s.remaining() < 4 || !s.digitAt(0)) {
                    return null;
                }
                Long y = GoTimeScanner.atoi(s.take(4));
                if (y == null) {
                    return null;
                }
                f.year = y.intValue();
                return OK;
            }
            case MONTH:
            case LONG_MONTH: {
                int m = s.lookup(chunk.std() == GoStd.MONTH ? GoTimeNames.SHORT_MONTHS : GoTimeNames.LONG_MONTHS);
                f.month = m + 1;
                return m < 0 ? null : OK;
            }
            case NUM_MONTH:
            case ZERO_MONTH:
                f.month = s.number(chunk.std() == GoStd.ZERO_MONTH);
                return f.month < 0 ? null : f.month == 0 || f.month > 12 ? "month" : OK;
            case WEEKDAY:
                return s.lookup(GoTimeNames.SHORT_DAYS) < 0 ? null : OK;
            case LONG_WEEKDAY:
                return s.lookup(GoTimeNames.LONG_DAYS) < 0 ? null : OK;
            case DAY:
            case UNDER_DAY:
            case ZERO_DAY:
                if (chunk.std() == GoStd.UNDER_DAY && s.at(0) == ' ') {
                    s.advance(1);
                }
                // Any one- or two-digit day; the date is validated at the end.
                f.day = s.number(chunk.std() == GoStd.ZERO_DAY);
                return f.day < 0 ? null : OK;
            case HOUR:
                f.hour = s.number(false);
                return f.hour < 0 ? null : f.hour >= 24 ? "hour" : OK;
            case HOUR12:
            case ZERO_HOUR12:
                f.hour = s.number(chunk.std() == GoStd.ZERO_HOUR12);
                return f.hour < 0 ? null : f.hour > 12 ? "hour" : OK;
            case MINUTE:
            case ZERO_MINUTE:
                f.minute = s.number(chunk.std() == GoStd.ZERO_MINUTE);
                return f.minute < 0 ? null : f.minute >= 60 ? "minute" : OK;
            case SECOND:
            case ZERO_SECOND:
                return second(f, chunk, s, nextIsFraction);
            case PM_UPPER:
            case PM_LOWER:
                return meridiem(f, chunk.std() == GoStd.PM_UPPER ? "PM" : "pm", s);
            case TZ_NAME:
                return zoneName(f, s);
            case FRAC_ZEROS: {
                int n = 1 + chunk.digits();
                if (s.remaining() < n) {
                    return null;
                }
                f.nanos = GoTimeScanner.nanoseconds(s.take(n), n);
                return f.nanos < 0 ? null : OK;
            }
            case FRAC_NINES:
                return optionalFraction(f, s);
            default:
                return GoTimeOffsets.read(f, chunk.std(), s);
        }
    }

    private static String second(GoTimeParser.GoTimeFields f, GoLayoutChunk chunk, GoTimeScanner s,
            BooleanSupplier nextIsFraction) {
        f.second = s.number(chunk.std() == GoStd.ZERO_SECOND);
        if (f.second < 0) {
            return null;
        }
        if (f.second >= 60) {
            return "second";
        }
        // A fraction in the text that the layout does not mention is still accepted.
        if (s.remaining() >= 2 && (s.at(0) == '.' || s.at(0) == ',') && s.digitAt(1)
                && !nextIsFraction.getAsBoolean()) {
            int n = 2;
            while (n < s.remaining() && s.digitAt(n)) {
                n++;
            }
            f.nanos = GoTimeScanner.nanoseconds(s.take(n), n);
            return f.nanos < 0 ? null : OK;
        }
        return OK;
    }

    private static String optionalFraction(GoTimeParser.GoTimeFields f, GoTimeScanner s) {
        if (s.remaining() < 2 || (s.at(0) != '.' && s.at(0) != ',') || !s.digitAt(1)) {
            return OK;
        }
        int n = 1;
        while (n < s.remaining() && s.digitAt(n)) {
            n++;
        }
        f.nanos = GoTimeScanner.nanoseconds(s.take(n), n);
        return f.nanos < 0 ? null : OK;
    }

    private static String meridiem(GoTimeParser.GoTimeFields f, String pm, GoTimeScanner s) {
        if (s.remaining() < 2) {
            return null;
        }
        String p = s.take(2);
        String am = pm.equals("PM") ? "AM" : "am";
        if (p.equals(pm)) {
            f.pm = true;
        } else if (p.equals(am)) {
            f.am = true;
        } else {
            return null;
        }
        return OK;
    }

    private static String zoneName(GoTimeParser.GoTimeFields f, GoTimeScanner s) {
        if (s.remaining() >= 3 && s.rest().startsWith("UTC")) {
            s.advance(3);
            f.utc = true;
            return OK;
        }
        int n = GoTimeOffsets.zoneNameLength(s.rest());
        if (n <= 0) {
            return null;
        }
        f.zoneName = s.take(n);
        return OK;
    }
}
