package dev.patrol.gocompat;

import java.util.List;

/**
 * Go encoding/json string quoting with HTML escaping on (Go 1.19): `<`, `>`, `&`, U+2028
 * and U+2029 become \\u escapes, control characters other than \n \r \t become \\u00xx, and
 * text that is not valid UTF-16 becomes \\ufffd, as invalid UTF-8 does in Go.
 */
public final class GoJsonQuote {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoJsonQuote() {
    }

    /** Go's {@code json.Marshal} of a string list, compact (as the original wrote `PATROL_HTTP`/`PATROL_UDP`). */
    public static String stringArray(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            quote(out, values.get(i));
        }
        return out.append(']').toString();
    }

    /** Appends `s` quoted as Go's encoding/json does with HTML escaping on. */
    public static void quote(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                ascii(out, c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append("\\ufffd");
            } else if (c == '\u2028' || c == '\u2029') {
                out.append("\\u202").append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static void ascii(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                    out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                } else {
                    out.append(c);
                }
            }
        }
    }
}
