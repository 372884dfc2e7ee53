package dev.patrol.codec.json;

/** Numeric zone offsets and zone-abbreviation shapes, as Go's parse and parseTimeZone read them. */
final class GoTimeOffsets {
    private GoTimeOffsets() {
    }

    static String read(GoTimeParser.GoTimeFields f, GoStd std, GoTimeScanner s) {
        if (GoStd.ISO_OFFSETS.contains(std) && s.at(0) == 'Z') {
            s.advance(1);
            f.utc = true;
            return "";
        }
        String sign;
        String hh;
        String mm = "00";
        String ss = "00";
        if (std.isColon() && !std.hasSeconds()) {
            if (s.remaining() < 6 || s.at(3) != ':') {
                return null;
            }
            String v = s.take(6);
            sign = v.substring(0, 1);
            hh = v.substring(1, 3);
            mm = v.substring(4, 6);
        } else if (std.isShort()) {
            if (s.remaining() < 3) {
                return null;
            }
            String v = s.take(3);
            sign = v.substring(0, 1);
            hh = v.substring(1, 3);
        } else if (std.isColon()) {
            if (s.remaining() < 9 || s.at(3) != ':' || s.at(6) != ':') {
                return null;
            }
            String v = s.take(9);
            sign = v.substring(0, 1);
            hh = v.substring(1, 3);
            mm = v.substring(4, 6);
            ss = v.substring(7, 9);
        } else if (std.hasSeconds()) {
            if (s.remaining() < 7) {
                return null;
            }
            String v = s.take(7);
            sign = v.substring(0, 1);
            hh = v.substring(1, 3);
            mm = v.substring(3, 5);
            ss = v.substring(5, 7);
        } else {
            if (s.remaining() < 5) {
                return null;
            }
            String v = s.take(5);
            sign = v.substring(0, 1);
            hh = v.substring(1, 3);
            mm = v.substring(3, 5);
        }
        return apply(f, sign, hh, mm, ss);
    }

    private static String apply(GoTimeParser.GoTimeFields f, String sign, String hh, String mm, String ss) {
        int h = new GoTimeScanner(hh).number(true);
        int m = new GoTimeScanner(mm).number(true);
        int sec = new GoTimeScanner(ss).number(true);
        if (h < 0 || m < 0 || sec < 0) {
            return null;
        }
        if (h > 24) {
            return "time zone offset hour";
        }
        if (m > 60) {
            return "time zone offset minute";
        }
        if (sec > 60) {
            return "time zone offset second";
        }
        int offset = (h * 60 + m) * 60 + sec;
        switch (sign) {
            case "+" -> f.zoneOffset = offset;
            case "-" -> f.zoneOffset = -offset;
            default -> {
                return null;
            }
        }
        return "";
    }

    /** Go's parseTimeZone: how many characters form a zone abbreviation, or 0. */
    static int zoneNameLength(String v) {
        if (v.length() < 3) {
            return 0;
        }
        if (v.startsWith("ChST") || v.startsWith("MeST")) {
            return 4;
        }
        if (v.startsWith("GMT")) {
            return v.length() == 3 ? 3 : 3 + signedOffsetLength(v.substring(3));
        }
        if (v.charAt(0) == '+' || v.charAt(0) == '-') {
            return signedOffsetLength(v);
        }
        int upper = 0;
        while (upper < 6 && upper < v.length() && v.charAt(upper) >= 'A' && v.charAt(upper) <= 'Z') {
            upper++;
        }
        switch (upper) {
            case 3:
                return 3;
            case 4:
                return v.charAt(3) == 'T' || v.startsWith("WITA") ? 4 : 0;
            case 5:
                return v.charAt(4) == 'T' ? 5 : 0;
            default:
                return 0;
        }
    }

    /** Go's parseSignedOffset: "+3" or "-07" style hours (at most 23); 0 if not one. */
    private static int signedOffsetLength(String v) {
        if (v.isEmpty() || (v.charAt(0) != '-' && v.charAt(0) != '+')) {
            return 0;
        }
        int i = 1;
        long x = 0;
        while (i < v.length() && GoLayoutChunk.isDigit(v.charAt(i))) {
            x = Math.min(x * 10 + (v.charAt(i) - '0'), 1000);
            i++;
        }
        if (i == 1 || x > 23) {
            return 0;
        }
        return i;
    }
}
