package dev.patrol.codec.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zone abbreviations for the `MST` element. Go reads them from tzdata; the JDK's names come
 * from CLDR, which agree for the common zones (UTC, GMT/BST, PST/PDT, CET/CEST, AEST...).
 */
final class GoZoneNames {
    private static final Pattern GMT_OFFSET = Pattern.compile("GMT([+-])(\\d\\d):(\\d\\d)");

    private GoZoneNames() {
    }

    /** The abbreviation in effect at `at`; "" for an unnamed fixed offset (Go then prints -0700). */
    static String abbreviation(ZoneId zone, Instant at) {
        if (zone instanceof ZoneOffset) {
            // Go's time.UTC is named "UTC"; other fixed zones made from an offset have no name.
            return ((ZoneOffset) zone).getTotalSeconds() == 0 ? "UTC" : "";
        }
        boolean daylight = zone.getRules().isDaylightSavings(at);
        String name = TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.SHORT, Locale.US);
        Matcher m = GMT_OFFSET.matcher(name);
        if (m.matches()) {
            // tzdata names zones without an abbreviation "+04" or "+0530".
            return m.group(1) + m.group(2) + ("00".equals(m.group(3)) ? "" : m.group(3));
        }
        return name;
    }

    /**
     * The instant for a wall-clock time tagged with `name`, if `local` uses that abbreviation
     * (Go's Location.lookupName: prefer the zone actually in effect, else any with the name).
     */
    static Instant lookup(ZoneId local, String name, LocalDateTime wall) {
        ZoneRules rules = local.getRules();
        Set<ZoneOffset> candidates = candidateOffsets(rules, wall);
        for (ZoneOffset offset : candidates) {
            Instant at = wall.toInstant(offset);
            if (rules.getOffset(at).equals(offset) && name.equals(abbreviation(local, at))) {
                return at;
            }
        }
        for (ZoneOffset offset : candidates) {
            Instant at = wall.toInstant(offset);
            boolean daylight = !offset.equals(rules.getStandardOffset(at));
            if (name.equals(nameFor(local, daylight))) {
                return at;
            }
        }
        return null;
    }

    private static String nameFor(ZoneId zone, boolean daylight) {
        if (zone instanceof ZoneOffset) {
            return abbreviation(zone, Instant.EPOCH);
        }
        return TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.SHORT, Locale.US);
    }

    private static Set<ZoneOffset> candidateOffsets(ZoneRules rules, LocalDateTime wall) {
        Instant guess = wall.toInstant(ZoneOffset.UTC);
        Set<ZoneOffset> out = new LinkedHashSet<>(rules.getValidOffsets(wall));
        out.add(rules.getOffset(guess));
        out.add(rules.getStandardOffset(guess));
        ZoneOffsetTransition previous = rules.previousTransition(guess);
        ZoneOffsetTransition next = rules.nextTransition(guess);
        for (ZoneOffsetTransition t : new ZoneOffsetTransition[] {previous, next}) {
            if (t != null) {
                out.add(t.getOffsetBefore());
                out.add(t.getOffsetAfter());
            }
        }
        return out;
    }
}
