package dev.patrol.codec.json;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The JSON names of one Go struct, matched as encoding/json does: an exact name, else a
 * case-insensitive one (ASCII, plus the Kelvin sign for k and long s for s). Members are
 * visited in input order, so for a repeated key the last one is stored last.
 */
final class GoKeys {
    private final Map<String, String> byFolded = new HashMap<>();

    private GoKeys(String... names) {
        for (String name : names) {
            byFolded.put(fold(name), name);
        }
    }

    static GoKeys of(String... names) {
        return new GoKeys(names);
    }

    /** The struct's name for a JSON key, or null if the key is unknown (and ignored). */
    String match(String key) {
        return byFolded.get(fold(key));
    }

    /** Calls `member` with (struct name, value) for each known member of `object`, in order. */
    void forEach(JsonObject object, BiConsumer<String, Object> member) {
        for (int i = 0; i < object.size(); i++) {
            String name = match(object.name(i));
            if (name != null) {
                member.accept(name, object.value(i));
            }
        }
    }

    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            } else if (c == '\u212A') {
                c = 'k';
            } else if (c == '\u017F') {
                c = 's';
            }
            b.append(c);
        }
        return b.toString();
    }
}
