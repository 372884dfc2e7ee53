package dev.patrol.ports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies that keep insertion order and allow JSON nulls as map values. */
public final class Copies {
    private Copies() {
    }

    /** An unmodifiable copy; null becomes an empty list. */
    public static <T> List<T> list(List<T> in) {
        return in == null ? List.of() : List.copyOf(in);
    }

    /** An unmodifiable, order-keeping copy that tolerates null values; null becomes empty. */
    public static <V> Map<String, V> map(Map<String, V> in) {
        if (in == null || in.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(in));
    }

    /** Null becomes the empty string, as Go's zero value. */
    public static String text(String in) {
        return in == null ? "" : in;
    }
}
