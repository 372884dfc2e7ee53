package dev.patrol.codec.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Go's time.Parse (time/format.go, Go 1.19) over a tokenised layout. Without a zone in the
 * text the result is UTC; a zone abbreviation is resolved against `local`, and an unknown
 * one leaves the wall clock read as UTC, as Go does.
 */
final class GoTimeParser {
    private final List<GoLayoutChunk> chunks;
    private final String layout;
    private final String input;
    private final GoTimeFields f = new GoTimeFields();
    private String value;

    private GoTimeParser(List<GoLayoutChunk> chunks, String layout, String input) {
        this.chunks = chunks;
        this.layout = layout;
        this.input = input;
        this.value = input;
    }

    static Instant parse(List<GoLayoutChunk> chunks, String layout, String input, ZoneId local) {
        GoTimeParser p = new GoTimeParser(chunks, layout, input);
        p.run();
        return p.f.toInstant(local, p::fail);
    }

    private void run() {
        for (int i = 0; i < chunks.size(); i++) {
            GoLayoutChunk chunk = chunks.get(i);
            if (chunk.isLiteral()) {
                value = skip(value, chunk.literal());
                continue;
            }
            String hold = value;
            String range = element(chunk, i);
            if (range == null) {
                throw fail("cannot parse \"" + hold + "\" as \"" + GoTimeLayout.elementText(chunk) + "\"");
            }
            if (!range.isEmpty()) {
                throw fail(range + " out of range");
            }
        }
        if (!value.isEmpty()) {
            throw fail("extra text: \"" + value + "\"");
        }
    }

    /** Consumes one element; null = bad syntax, "" = fine, otherwise the field out of range. */
    private String element(GoLayoutChunk chunk, int index) {
        GoTimeScanner s = new GoTimeScanner(value);
        String range = f.read(chunk, s, () -> nextIsFraction(index));
        if (range != null) {
            value = s.rest();
        }
        return range;
    }

    private boolean nextIsFraction(int index) {
        for (int j = index + 1; j < chunks.size(); j++) {
            if (!chunks.get(j).isLiteral()) {
                return chunks.get(j).std().isFraction();
            }
        }
        return false;
    }

    /** Go's skip: a space in the layout matches one or more spaces in the value. */
    private String skip(String v, String prefix) {
        int p = 0;
        int i = 0;
        while (p < prefix.length()) {
            if (prefix.charAt(p) == ' ') {
                if (i < v.length() && v.charAt(i) != ' ') {
                    throw fail("cannot parse \"" + v.substring(i) + "\" as \"" + prefix + "\"");
                }
                while (p < prefix.length() && prefix.charAt(p) == ' ') {
                    p++;
                }
                while (i < v.length() && v.charAt(i) == ' ') {
                    i++;
                }
                continue;
            }
            if (i >= v.length() || v.charAt(i) != prefix.charAt(p)) {
                throw fail("cannot parse \"" + v.substring(i) + "\" as \"" + prefix + "\"");
            }
            p++;
            i++;
        }
        return v.substring(i);
    }

    private DateTimeParseException fail(String why) {
        return new DateTimeParseException("parsing time \"" + input + "\" as \"" + layout + "\": "
                + why, input, Math.max(0, input.length() - value.length()));
    }

    /** The fields collected while parsing, and Go's rules for turning them into a time. */
    static final class GoTimeFields {
        int year;
        int month = -1;
        int day = -1;
        int hour;
        int minute;
        int second;
        int nanos;
        boolean pm;
        boolean am;
        boolean utc;
        Integer zoneOffset;
        String zoneName = "";

        String read(GoLayoutChunk chunk, GoTimeScanner s, BooleanSupplier nextIsFraction) {
            return GoTimeElements.read(this, chunk, s, nextIsFraction);
        }

        Instant toInstant(ZoneId local, Function<String, DateTimeParseException> fail) {
            if (pm && hour < 12) {
                hour += 12;
            } else if (am && hour == 12) {
                hour = 0;
            }
            if (month < 0) {
                month = 1;
            }
            if (day < 0) {
                day = 1;
            }
            if (day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
                throw fail.apply("day out of range");
            }
            LocalDateTime wall = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
            if (utc) {
                return wall.toInstant(ZoneOffset.UTC);
            }
            if (zoneOffset != null) {
                return wall.toInstant(ZoneOffset.UTC).minusSeconds(zoneOffset);
            }
            if (!zoneName.isEmpty()) {
                Instant known = GoZoneNames.lookup(local, zoneName, wall);
                if (known != null) {
                    return known;
                }
            }
            return wall.toInstant(ZoneOffset.UTC);
        }
    }
}
