package dev.patrol.codec.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes arbitrary JSON-shaped Java values (`keyvalue`, `x`) the way Go encodes interface{}. */
final class GoValueWriter {
    /** Go sorts map keys by their UTF-8 bytes, which is code point order, not UTF-16 order. */
    static final Comparator<String> KEY_ORDER = GoValueWriter::compareCodePoints;

    private GoValueWriter() {
    }

    static void write(GoJsonWriter w, Object value) {
        if (value == null) {
            w.nullValue();
        } else if (value instanceof String) {
            w.string((String) value);
        } else if (value instanceof Boolean) {
            w.bool((Boolean) value);
        } else if (value instanceof Number) {
            w.number(number((Number) value));
        } else if (value instanceof Map) {
            object(w, (Map<?, ?>) value);
        } else if (value instanceof Collection) {
            array(w, (Collection<?>) value);
        } else if (value instanceof Object[]) {
            array(w, List.of((Object[]) value));
        } else {
            throw new IllegalArgumentException("json: unsupported type: " + value.getClass().getName());
        }
    }

    static String number(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        if (n instanceof Float) {
            // Keep the float's own shortest digits rather than its widened binary value.
            return GoFloat.format(Double.parseDouble(n.toString()));
        }
        if (n instanceof BigDecimal) {
            return GoFloat.format(n.doubleValue());
        }
        return GoFloat.format(n.doubleValue());
    }

    static void object(GoJsonWriter w, Map<?, ?> map) {
        // TreeMap, unlike Map.entry, accepts the JSON nulls common in key/value maps.
        TreeMap<String, Object> sorted = new TreeMap<>(KEY_ORDER);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            sorted.put(String.valueOf(e.getKey()), e.getValue());
        }
        w.beginObject();
        for (Map.Entry<String, Object> e : sorted.entrySet()) {
            w.name(e.getKey());
            write(w, e.getValue());
        }
        w.endObject();
    }

    private static void array(GoJsonWriter w, Collection<?> items) {
        w.beginArray();
        for (Object item : items) {
            write(w, item);
        }
        w.endArray();
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
