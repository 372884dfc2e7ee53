package dev.patrol.adapters.http.gui;

import dev.patrol.codec.json.GoTimeLayout;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** Timestamps in the daemon's Go layout and zone (spec §6.8), and Go-style durations, for display. */
record Times(GoTimeLayout layout, ZoneId zone) {

    /** The instant in the configured layout; "" for none. */
    String format(Instant at) {
        return at == null ? "" : layout.format(at, zone);
    }

    /** A `<time>` element: the formatted text, the ISO instant for machines. */
    String element(Instant at) {
        if (at == null) {
            return "<span class=\"none\">—</span>";
        }
        return "<time datetime=\"" + Html.esc(at.toString()) + "\">" + Html.esc(format(at)) + "</time>";
    }

    /**
     * A live duration: the server's text now, and `data-since` (epoch ms) so the page script
     * keeps it ticking without asking the server.
     */
    static String since(Instant from, Instant now) {
        return "<span class=\"uptime\" data-since=\"" + from.toEpochMilli() + "\">"
                + Html.esc(duration(Duration.between(from, now))) + "</span>";
    }

    /** Go's Duration.String rounded to whole seconds: `0s`, `45s`, `3m12s`, `26h3m0s`. */
    static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        long h = s / 3600;
        long m = s / 60 % 60;
        long sec = s % 60;
        if (h > 0) {
            return h + "h" + m + "m" + sec + "s";
        }
        return m > 0 ? m + "m" + sec + "s" : sec + "s";
    }
}
