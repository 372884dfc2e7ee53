package dev.patrol.codec.json;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Go's Time.Format (time/format.go AppendFormat) over a tokenised layout. */
final class GoTimeFormatter {
    private GoTimeFormatter() {
    }

    static String format(List<GoLayoutChunk> chunks, Instant instant, ZoneId zone) {
        ZonedDateTime t = instant.atZone(zone);
        StringBuilder b = new StringBuilder(32);
        for (GoLayoutChunk chunk : chunks) {
            if (chunk.isLiteral()) {
                b.append(chunk.literal());
            } else {
                element(b, chunk, t, zone);
            }
        }
        return b.toString();
    }

    private static void element(StringBuilder b, GoLayoutChunk chunk, ZonedDateTime t, ZoneId zone) {
        GoStd std = chunk.std();
        int hour = t.getHour();
        switch (std) {
            case YEAR -> pad(b, t.getYear() % 100, 2);
            case LONG_YEAR -> pad(b, t.getYear(), 4);
            case MONTH -> b.append(GoTimeNames.SHORT_MONTHS[t.getMonthValue() - 1]);
            case LONG_MONTH -> b.append(GoTimeNames.LONG_MONTHS[t.getMonthValue() - 1]);
            case NUM_MONTH -> b.append(t.getMonthValue());
            case ZERO_MONTH -> pad(b, t.getMonthValue(), 2);
            case WEEKDAY -> b.append(GoTimeNames.SHORT_DAYS[t.getDayOfWeek().getValue() % 7]);
            case LONG_WEEKDAY -> b.append(GoTimeNames.LONG_DAYS[t.getDayOfWeek().getValue() % 7]);
            case DAY -> b.append(t.getDayOfMonth());
            case UNDER_DAY -> b.append(t.getDayOfMonth() < 10 ? " " : "").append(t.getDayOfMonth());
            case ZERO_DAY -> pad(b, t.getDayOfMonth(), 2);
            case HOUR -> pad(b, hour, 2);
            case HOUR12 -> b.append(hour % 12 == 0 ? 12 : hour % 12);
            case ZERO_HOUR12 -> pad(b, hour % 12 == 0 ? 12 : hour % 12, 2);
            case MINUTE -> b.append(t.getMinute());
            case ZERO_MINUTE -> pad(b, t.getMinute(), 2);
            case SECOND -> b.append(t.getSecond());
            case ZERO_SECOND -> pad(b, t.getSecond(), 2);
            case PM_UPPER -> b.append(hour >= 12 ? "PM" : "AM");
            case PM_LOWER -> b.append(hour >= 12 ? "pm" : "am");
            case TZ_NAME -> zoneName(b, t, zone);
            case FRAC_ZEROS, FRAC_NINES -> fraction(b, chunk, t.getNano());
            default -> offset(b, std, t.getOffset().getTotalSeconds());
        }
    }

    private static void zoneName(StringBuilder b, ZonedDateTime t, ZoneId zone) {
        String name = GoZoneNames.abbreviation(zone, t.toInstant());
        if (!name.isEmpty()) {
            b.append(name);
            return;
        }
        // Go prints an unnamed zone as -0700.
        int minutes = t.getOffset().getTotalSeconds() / 60;
        b.append(minutes < 0 ? '-' : '+');
        minutes = Math.abs(minutes);
        pad(b, minutes / 60, 2);
        pad(b, minutes % 60, 2);
    }

    private static void offset(StringBuilder b, GoStd std, int seconds) {
        if (seconds == 0 && GoStd.ISO_OFFSETS.contains(std)) {
            b.append('Z');
            return;
        }
        int minutes = seconds / 60;
        int abs = Math.abs(seconds);
        b.append(seconds < 0 ? '-' : '+');
        minutes = Math.abs(minutes);
        pad(b, minutes / 60, 2);
        if (std.isColon()) {
            b.append(':');
        }
        if (!std.isShort()) {
            pad(b, minutes % 60, 2);
        }
        if (std.hasSeconds()) {
            if (std.isColon()) {
                b.append(':');
            }
            pad(b, abs % 60, 2);
        }
    }

    private static void fraction(StringBuilder b, GoLayoutChunk chunk, int nanos) {
        String digits = String.format("%09d", nanos).substring(0, Math.min(9, chunk.digits()));
        if (chunk.std() == GoStd.FRAC_NINES) {
            int end = digits.length();
            while (end > 0 && digits.charAt(end - 1) == '0') {
                end--;
            }
            digits = digits.substring(0, end);
            if (digits.isEmpty()) {
                return;
            }
        }
        b.append(chunk.separator()).append(digits);
    }

    /** Go's appendInt(b, x, width): a minus sign, then the magnitude zero-padded to width. */
    static void pad(StringBuilder b, int value, int width) {
        if (value < 0) {
            b.append('-');
            value = -value;
        }
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        b.append(s);
    }
}
