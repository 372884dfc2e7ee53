package dev.patrol.codec.json;

import java.util.List;

/**
 * Where a JSON value is being stored, for Go-style error messages: the innermost Go struct
 * and the JSON path from the root (map keys included, to name the app or service).
 */
record GoField(String struct, String path) {
    static GoField root() {
        return new GoField(null, "");
    }

    /** The member `key` of the struct `struct` located here. */
    GoField member(String struct, String key) {
        return new GoField(struct, path.isEmpty() ? key : path + "." + key);
    }

    /** The entry `key` of the map located here. */
    GoField entry(String key) {
        return new GoField(struct, path.isEmpty() ? key : path + "." + key);
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
        String where = struct == null ? "Go value" : "Go struct field " + struct + "." + path;
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
