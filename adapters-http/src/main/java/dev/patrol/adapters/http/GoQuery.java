package dev.patrol.adapters.http;

import java.util.HashMap;
import java.util.Map;

/**
 * A raw query string read like Go's url.ParseQuery (Go 1.17+): pairs split on `&`, pairs
 * holding `;` or a malformed escape skipped, `+` a space. Only the first value of a key is
 * kept, which is what Go's `Query().Get` returns.
 */
final class GoQuery {
    private final Map<String, String> first = new HashMap<>();

    private GoQuery() {
    }

    static GoQuery parse(String raw) {
        GoQuery q = new GoQuery();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty() || pair.indexOf(';') >= 0) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = unescape(eq < 0 ? pair : pair.substring(0, eq));
            String value = unescape(eq < 0 ? "" : pair.substring(eq + 1));
            if (key != null && value != null) {
                q.first.putIfAbsent(key, value);
            }
        }
        return q;
    }

    /** The first value, or "" when the key is absent (Go's Get). */
    String get(String key) {
        return first.getOrDefault(key, "");
    }

    boolean has(String key) {
        return first.containsKey(key);
    }

    /** Go's QueryUnescape: `+` is a space, then %-escapes; null for a malformed escape. */
    private static String unescape(String s) {
        return GoPaths.unescape(s.replace('+', ' '));
    }
}
