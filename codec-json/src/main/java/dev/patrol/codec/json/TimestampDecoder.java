package dev.patrol.codec.json;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads a Go Timestamp member: a string in the layout; null, "" and "null" are the zero time. */
final class TimestampDecoder {
    private final GoTimeLayout layout;
    private final ZoneId zone;

    TimestampDecoder(GoTimeLayout layout, ZoneId zone) {
        this.layout = layout;
        this.zone = zone;
    }

    Instant decode(Object json, GoField at) {
        if (json == null) {
            return null;
        }
        if (!(json instanceof String)) {
            throw at.mismatch(json, "patrol.Timestamp");
        }
        try {
            return layout.parse((String) json, zone);
        } catch (DateTimeParseException e) {
            throw new JsonDecodeException(at.path() + ": " + e.getMessage(), e);
        }
    }
}
