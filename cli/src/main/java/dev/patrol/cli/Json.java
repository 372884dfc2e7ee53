package dev.patrol.cli;

import dev.patrol.codec.json.GoJson;
import dev.patrol.codec.json.JsonDecodeException;
import dev.patrol.codec.json.JsonStyle;
import java.util.List;
import java.util.Map;

/** Reads daemon JSON with codec-json's Go-compatible decoder into maps and lists. */
final class Json {
    private Json() {
    }

    /** The object in `body`; a daemon that answers something else is a refusal naming `what`. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(byte[] body, String what) {
        try {
            Object v = GoJson.decode(body);
            if (v instanceof Map) {
                return (Map<String, Object>) v;
            }
        } catch (JsonDecodeException e) {
            throw Failure.refused(what + ": not a JSON answer (" + e.getMessage() + ")");
        }
        throw Failure.refused(what + ": not a JSON object");
    }

    static String encode(Object value) {
        return GoJson.encode(value, JsonStyle.PRETTY);
    }

    static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof String ? (String) v : "";
    }

    static boolean bool(Map<String, Object> m, String key) {
        return Boolean.TRUE.equals(m.get(key));
    }

    static long num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number ? ((Number) v).longValue() : 0;
    }

    /** A number, or null when absent. */
    static Double optNum(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number ? ((Number) v).doubleValue() : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Map ? (Map<String, Object>) v : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof List ? (List<Object>) v : List.of();
    }

    /** The `errors` of an API answer (spec §6.4): one message, or none. */
    static String error(Map<String, Object> m) {
        List<Object> errors = list(m, "errors");
        return errors.isEmpty() ? "" : String.valueOf(errors.get(0));
    }
}
