package dev.patrol.gocompat;

import java.util.HashMap;
import java.util.Map;

/**
 * A raw query string read like Go's url.ParseQuery (Go 1.17+): pairs split on `&`, pairs
 * holding `;` or a malformed escape skipped, `+` a space. Only the first value of a key is
 * kept, which is what Go's `Query().Get` returns.
 */
public final class GoQuery {
    private final Map<String, String> first = new HashMap<>();
    private boolean malformed;

    private GoQuery() {
    }

    public static GoQuery parse(String raw) {
        GoQuery q = new GoQuery();
        if (raw == null) {
            return q;
        }
        int start = 0;
        while (start <= raw.length()) {
            int amp = raw.indexOf('&', start);
            int end = amp < 0 ? raw.length() : amp;
            q.pair(raw, start, end);
            start = end + 1;
        }
        return q;
    }

    /** One `key=value` of raw[start, end); scanned in place, as every API GET comes through here. */
    private void pair(String raw, int start, int end) {
        if (start == end) {
            return;
        }
        int eq = -1;
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c == ';') {
                malformed = true; // Go: "invalid semicolon separator in query"
                return;
            }
            if (c == '=' && eq < 0) {
                eq = i;
            }
        }
        String key = unescape(raw.substring(start, eq < 0 ? end : eq));
        String value = eq < 0 ? "" : unescape(raw.substring(eq + 1, end));
        if (key != null && value != null) {
            first.putIfAbsent(key, value);
        } else {
            malformed = true; // Go: an invalid URL escape
        }
    }

    /** Whether a pair was skipped (a bad escape or a `;`): Go's ParseQuery returns an error then. */
    public boolean malformed() {
        return malformed;
    }

    /** The first value, or "" when the key is absent (Go's Get). */
    public String get(String key) {
        return first.getOrDefault(key, "");
    }

    /** Every key with its first value. */
    public Map<String, String> asMap() {
        return Map.copyOf(first);
    }

    public boolean has(String key) {
        return first.containsKey(key);
    }

    /** Go's QueryUnescape: `+` is a space, then %-escapes; null for a malformed escape. */
    private static String unescape(String s) {
        return GoPaths.unescape(s.indexOf('+') < 0 ? s : s.replace('+', ' '));
    }
}
