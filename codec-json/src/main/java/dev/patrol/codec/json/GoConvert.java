package dev.patrol.codec.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores one parsed JSON value into a Go-typed field, with encoding/json's rules: numbers
 * must fit the type exactly (no fraction, exponent, sign or overflow for integers), and a
 * value of the wrong kind is an error naming the field. Callers skip JSON null for scalars.
 */
final class GoConvert {
    static final BigInteger UINT8_MAX = BigInteger.valueOf(255);
    static final BigInteger UINT32_MAX = BigInteger.valueOf(0xFFFF_FFFFL);
    static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private GoConvert() {
    }

    static String string(Object json, GoField at) {
        if (json instanceof String) {
            return (String) json;
        }
        throw at.mismatch(json, "string");
    }

    static boolean bool(Object json, GoField at) {
        if (json instanceof Boolean) {
            return (Boolean) json;
        }
        throw at.mismatch(json, "bool");
    }

    /** A Go int64 (or 64-bit int) value. */
    static long int64(Object json, GoField at, String goType) {
        BigInteger v = integer(json, at, goType);
        if (v.compareTo(LONG_MIN) < 0 || v.compareTo(LONG_MAX) > 0) {
            throw at.badNumber((JsonNumber) json, goType);
        }
        return v.longValueExact();
    }

    /** A Go int: 64 bits there, so values beyond Java's int saturate instead of failing. */
    static int goInt(Object json, GoField at) {
        long v = int64(json, at, "int");
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** A Go unsigned integer no larger than `max`. */
    static BigInteger unsigned(Object json, GoField at, String goType, BigInteger max) {
        BigInteger v = integer(json, at, goType);
        if (((JsonNumber) json).text().startsWith("-") || v.compareTo(max) > 0) {
            throw at.badNumber((JsonNumber) json, goType);
        }
        return v;
    }

    static double float64(Object json, GoField at) {
        if (!(json instanceof JsonNumber)) {
            throw at.mismatch(json, "float64");
        }
        double d = Double.parseDouble(((JsonNumber) json).text());
        if (Double.isInfinite(d)) {
            throw at.badNumber((JsonNumber) json, "float64");
        }
        return d;
    }

    /** Go's interface{}: objects become ordered maps, arrays lists, numbers Double. */
    static Object any(Object json, GoField at) {
        if (json instanceof JsonNumber) {
            return float64(json, at);
        }
        if (json instanceof JsonObject) {
            return mergeInto(new LinkedHashMap<>(), (JsonObject) json, at);
        }
        if (json instanceof List) {
            List<?> items = (List<?>) json;
            List<Object> out = new ArrayList<>(items.size());
            for (Object item : items) {
                out.add(any(item, at));
            }
            return out;
        }
        return json;
    }

    /**
     * Go's map[string]interface{}: an object's entries are added to `into` (Go decodes into
     * the existing map); null empties it. Returns the map to keep.
     */
    static Map<String, Object> anyMap(Map<String, Object> into, Object json, GoField at) {
        if (json == null) {
            return new LinkedHashMap<>();
        }
        if (!(json instanceof JsonObject)) {
            throw at.mismatch(json, "map[string]interface {}");
        }
        return mergeInto(into, (JsonObject) json, at);
    }

    private static Map<String, Object> mergeInto(Map<String, Object> into, JsonObject object, GoField at) {
        for (int i = 0; i < object.size(); i++) {
            into.put(object.name(i), any(object.value(i), at.entry(object.name(i))));
        }
        return into;
    }

    /** Go's []string: null gives an empty list, a null element an empty string. */
    static List<String> strings(Object json, GoField at) {
        if (json == null) {
            return List.of();
        }
        if (!(json instanceof List)) {
            throw at.mismatch(json, "[]string");
        }
        List<String> out = new ArrayList<>();
        for (Object item : (List<?>) json) {
            out.add(item == null ? "" : string(item, at));
        }
        return out;
    }

    private static BigInteger integer(Object json, GoField at, String goType) {
        if (!(json instanceof JsonNumber)) {
            throw at.mismatch(json, goType);
        }
        JsonNumber n = (JsonNumber) json;
        // 40 digits exceed every Go integer type; skip BigInteger's cost on absurd literals.
        if (!n.isInteger() || n.text().length() > 40) {
            throw at.badNumber(n, goType);
        }
        return new BigInteger(n.text());
    }
}
