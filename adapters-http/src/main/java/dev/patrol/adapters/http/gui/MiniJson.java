package dev.patrol.adapters.http.gui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compact JSON for SSE payloads and for showing key/value data. Strings are escaped the way
 * Go's HTML-safe encoder does (`<`, `>`, `&`, U+2028, U+2029 as `\\u` escapes).
 */
final class MiniJson {
    private MiniJson() {
    }

    /** A JSON string literal. */
    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A JSON array of strings. */
    static String strings(List<String> list) {
        StringBuilder b = new StringBuilder().append('[');
        for (int i = 0; i < list.size(); i++) {
            b.append(i == 0 ? "" : ",").append(string(list.get(i)));
        }
        return b.append(']').toString();
    }

    /** Any key/value value: null, booleans, numbers (integral doubles without `.0`), strings, lists, maps (sorted). */
    static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return string(s);
        }
        if (v instanceof Double d && !d.isInfinite() && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder().append('[');
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : ",").append(value(l.get(i)));
            }
            return b.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder().append('{');
            String sep = "";
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                b.append(sep).append(string(String.valueOf(e.getKey()))).append(':').append(value(e.getValue()));
                sep = ",";
            }
            return b.append('}').toString();
        }
        return string(v.toString());
    }
}
