package dev.patrol.codec.json;

import java.util.List;

/**
 * Where a JSON value is being stored, for Go-style error messages: the innermost Go struct
 * and the JSON path from the root (map keys included, to name the app or service). The path
 * is joined only for an error: a config of 500 apps visits thousands of fields at start-up.
 */
final class GoField {
    private static final GoField ROOT = new GoField(null, null, null);

    private final String struct;
    private final GoField parent;
    private final String key;

    private GoField(String struct, GoField parent, String key) {
        this.struct = struct;
        this.parent = parent;
        this.key = key;
    }

    static GoField root() {
        return ROOT;
    }

    /** The member `key` of the struct `struct` located here. */
    GoField member(String struct, String key) {
        return new GoField(struct, this, key);
    }

    /** The entry `key` of the map located here. */
    GoField entry(String key) {
        return new GoField(struct, this, key);
    }

    /** The keys from the root, joined with dots ("" at the root). */
    String path() {
        if (parent == null) {
            return "";
        }
        String before = parent.path();
        return before.isEmpty() ? key : before + "." + key;
    }

    /** A JSON value of the wrong kind, e.g. a string for an int. */
    JsonDecodeException mismatch(Object json, String goType) {
        return error(kind(json), goType);
    }

    /** A number that the Go type cannot hold (fraction, sign or range). */
    JsonDecodeException badNumber(JsonNumber n, String goType) {
        return error("number " + n.text(), goType);
    }

    JsonDecodeException error(String value, String goType) {
        String where = struct == null ? "Go value" : "Go struct field " + struct + "." + path();
        return new JsonDecodeException("json: cannot unmarshal " + value + " into " + where
                + " of type " + goType);
    }

    static String kind(Object json) {
        if (json instanceof String) {
            return "string";
        }
        if (json instanceof Boolean) {
            return "bool";
        }
        if (json instanceof JsonNumber) {
            return "number";
        }
        if (json instanceof List) {
            return "array";
        }
        if (json instanceof JsonObject) {
            return "object";
        }
        return "null";
    }
}
