package dev.patrol.codec.json;

/**
 * Go-compatible JSON for arbitrary values (`keyvalue`, `x`, `PATROL_HTTP` lists): Map, List,
 * String, Boolean, Number and null, encoded as Go encodes interface{} values.
 */
public final class GoJson {
    private GoJson() {
    }

    /**
     * Maps are written with sorted keys, doubles in Go's float64 format, strings HTML-safe.
     *
     * @throws IllegalArgumentException for other types, NaN or infinities
     */
    public static String encode(Object value, JsonStyle style) {
        GoJsonWriter w = new GoJsonWriter(style);
        GoValueWriter.write(w, value);
        return w.text();
    }

    /**
     * Decodes like Go's Unmarshal into interface{}: objects become ordered maps, arrays lists,
     * numbers Double; trailing data is an error.
     *
     * @throws JsonDecodeException for invalid JSON, deep nesting or out-of-range numbers
     */
    public static Object decode(byte[] json) {
        return GoConvert.any(JsonTree.readOnly(json), GoField.root());
    }
}
