package dev.patrol.adapters.http.gui;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The GUI's only escapers: HTML text and attribute values, and percent-encoding for URL path
 * segments and query parts. Every name, id, path and value goes through one of them (F16).
 */
final class Html {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Html() {
    }

    /**
     * Escapes `& < > " '` so the result is safe both as element text and inside a quoted
     * attribute value; null becomes "".
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null && b == null) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (rep == null) {
                b.append(c);
            } else {
                b.append(rep);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters (a path segment or query part). */
    static String pct(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (byte by : s.getBytes(StandardCharsets.UTF_8)) {
            int c = by & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return b.toString();
    }

    /** `k=v&k2=v2` in the map's order, both sides percent-encoded; empty values are left out. */
    static String query(Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                b.append(b.length() == 0 ? "" : "&").append(pct(k)).append('=').append(pct(v));
            }
        });
        return b.toString();
    }

    /** A link: `href` is escaped as an attribute, `text` as element text. */
    static String a(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }
}
