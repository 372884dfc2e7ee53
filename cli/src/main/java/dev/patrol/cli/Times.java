package dev.patrol.cli;

import dev.patrol.codec.json.GoTimeLayout;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Daemon timestamps: RFC1123Z (the original's daemon, and Patrol's default) or RFC3339; a
 * configured `json-timestamp` of another layout reads as unknown (shown as given, no uptime).
 */
final class Times {
    private static final GoTimeLayout[] LAYOUTS = {GoTimeLayout.rfc1123z(), GoTimeLayout.rfc3339()};
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private Times() {
    }

    /** The instant, or null for no time or an unknown layout. */
    static Instant parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (GoTimeLayout l : LAYOUTS) {
            try {
                return l.parse(text);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                // try the next layout
            }
        }
        return null;
    }

    /** Local `yyyy-MM-dd HH:mm:ss`, or the text as the daemon sent it. */
    static String show(String text) {
        Instant i = parse(text);
        return i == null ? (text.isEmpty() ? "-" : text) : SHOWN.format(i);
    }

    /** `3d4h`, `2h5m`, `4m12s`, `12s`. */
    static String duration(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s >= 86_400) {
            return s / 86_400 + "d" + (s % 86_400) / 3600 + "h";
        }
        if (s >= 3600) {
            return s / 3600 + "h" + (s % 3600) / 60 + "m";
        }
        if (s >= 60) {
            return s / 60 + "m" + s % 60 + "s";
        }
        return s + "s";
    }
}
