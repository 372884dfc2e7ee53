package dev.patrol.codec.json;

import java.util.ArrayList;
import java.util.List;

/**
 * One piece of a tokenised Go layout: literal text, or a reference element. Fraction
 * elements also carry their digit count and separator ('.' or ',').
 */
record GoLayoutChunk(String literal, GoStd std, int digits, char separator) {

    static GoLayoutChunk text(String literal) {
        return new GoLayoutChunk(literal, null, 0, '\0');
    }

    static GoLayoutChunk of(GoStd std) {
        return new GoLayoutChunk(null, std, 0, '\0');
    }

    boolean isLiteral() {
        return std == null;
    }

    /** Splits a layout exactly as Go's nextStdChunk does, left to right. */
    static List<GoLayoutChunk> tokenize(String layout) {
        List<GoLayoutChunk> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            int[] length = new int[1];
            GoLayoutChunk chunk = matchAt(layout, i, length);
            if (chunk == null) {
                literal.append(layout.charAt(i++));
                continue;
            }
            if (literal.length() > 0) {
                out.add(text(literal.toString()));
                literal.setLength(0);
            }
            out.add(chunk);
            i += length[0];
        }
        if (literal.length() > 0) {
            out.add(text(literal.toString()));
        }
        return List.copyOf(out);
    }

    private static GoLayoutChunk matchAt(String s, int i, int[] length) {
        char c = s.charAt(i);
        char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
        GoStd std = null;
        int len = 0;
        switch (c) {
            case 'J':
                if (s.startsWith("January", i)) {
                    std = GoStd.LONG_MONTH;
                    len = 7;
                } else if (s.startsWith("Jan", i) && !lowerAt(s, i + 3)) {
                    std = GoStd.MONTH;
                    len = 3;
                }
                break;
            case 'M':
                if (s.startsWith("Monday", i)) {
                    std = GoStd.LONG_WEEKDAY;
                    len = 6;
                } else if (s.startsWith("Mon", i) && !lowerAt(s, i + 3)) {
                    std = GoStd.WEEKDAY;
                    len = 3;
                } else if (s.startsWith("MST", i)) {
                    std = GoStd.TZ_NAME;
                    len = 3;
                }
                break;
            case '0':
                if (next >= '1' && next <= '6') {
                    std = ZERO_ELEMENTS[next - '1'];
                    len = 2;
                }
                break;
            case '1':
                std = next == '5' ? GoStd.HOUR : GoStd.NUM_MONTH;
                len = next == '5' ? 2 : 1;
                break;
            case '2':
                std = s.startsWith("2006", i) ? GoStd.LONG_YEAR : GoStd.DAY;
                len = std == GoStd.LONG_YEAR ? 4 : 1;
                break;
            case '_':
                // "_2006" is a literal underscore followed by the year, as in Go.
                if (next == '2' && !s.startsWith("_2006", i)) {
                    std = GoStd.UNDER_DAY;
                    len = 2;
                }
                break;
            case '3': std = GoStd.HOUR12; len = 1; break;
            case '4': std = GoStd.MINUTE; len = 1; break;
            case '5': std = GoStd.SECOND; len = 1; break;
            case 'P': if (next == 'M') { std = GoStd.PM_UPPER; len = 2; } break;
            case 'p': if (next == 'm') { std = GoStd.PM_LOWER; len = 2; } break;
            case '-':
            case 'Z':
                return offsetAt(s, i, c == 'Z', length);
            case '.':
            case ',':
                return fractionAt(s, i, c, next, length);
            default:
                break;
        }
        if (std == null) {
            return null;
        }
        length[0] = len;
        return of(std);
    }

    private static final GoStd[] ZERO_ELEMENTS = {GoStd.ZERO_MONTH, GoStd.ZERO_DAY,
        GoStd.ZERO_HOUR12, GoStd.ZERO_MINUTE, GoStd.ZERO_SECOND, GoStd.YEAR};

    private static final String[] OFFSET_SUFFIXES = {"070000", "07:00:00", "0700", "07:00", "07"};
    private static final GoStd[] ISO = {GoStd.ISO8601_SECONDS_TZ, GoStd.ISO8601_COLON_SECONDS_TZ,
        GoStd.ISO8601_TZ, GoStd.ISO8601_COLON_TZ, GoStd.ISO8601_SHORT_TZ};
    private static final GoStd[] NUM = {GoStd.NUM_SECONDS_TZ, GoStd.NUM_COLON_SECONDS_TZ,
        GoStd.NUM_TZ, GoStd.NUM_COLON_TZ, GoStd.NUM_SHORT_TZ};

    private static GoLayoutChunk offsetAt(String s, int i, boolean iso, int[] length) {
        for (int k = 0; k < OFFSET_SUFFIXES.length; k++) {
            if (s.startsWith(OFFSET_SUFFIXES[k], i + 1)) {
                length[0] = 1 + OFFSET_SUFFIXES[k].length();
                return of(iso ? ISO[k] : NUM[k]);
            }
        }
        return null;
    }

    private static GoLayoutChunk fractionAt(String s, int i, char separator, char digit, int[] length) {
        if (digit != '0' && digit != '9') {
            return null;
        }
        int j = i + 1;
        while (j < s.length() && s.charAt(j) == digit) {
            j++;
        }
        // ".000" followed by another digit is literal text in Go.
        if (j < s.length() && isDigit(s.charAt(j))) {
            return null;
        }
        length[0] = j - i;
        GoStd std = digit == '0' ? GoStd.FRAC_ZEROS : GoStd.FRAC_NINES;
        return new GoLayoutChunk(null, std, j - i - 1, separator);
    }

    private static boolean lowerAt(String s, int i) {
        return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
