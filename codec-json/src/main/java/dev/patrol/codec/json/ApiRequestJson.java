package dev.patrol.codec.json;

import dev.patrol.ports.api.ApiRequest;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The JSON body of an API request (spec §6.1, §6.9), read with Go's Unmarshal rules: keys
 * case-insensitive, unknown keys ignored, `null` an empty request, trailing data an error.
 * `toggle` accepts any unsigned integer (values past Long.MAX_VALUE saturate) so the domain
 * can answer `Toggle Invalid` instead of the codec truncating; `cas` keeps the uint64 bits.
 */
public final class ApiRequestJson {
    private static final String STRUCT = "API_Request";
    private static final GoKeys KEYS = GoKeys.of("id", "group", "ping", "pid", "toggle",
            "history", "keyvalue", "keyvalue-replace", "secret", "cas");
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private ApiRequestJson() {
    }

    /**
     * @throws JsonDecodeException for invalid JSON, trailing data or a value that does not fit
     *     its key (HTTP answers 400 `Invalid Request`; UDP sends nothing)
     */
    public static ApiRequest decode(byte[] json) {
        Object root = JsonTree.readOnly(json);
        ApiRequest.Builder b = ApiRequest.builder();
        if (root == null) {
            return b.build();
        }
        if (!(root instanceof JsonObject)) {
            throw GoField.root().mismatch(root, "patrol.API_Request");
        }
        JsonObject object = (JsonObject) root;
        Map<String, Object> keyValue = new LinkedHashMap<>();
        for (int i = 0; i < object.size(); i++) {
            String key = KEYS.match(object.name(i));
            if (key == null) {
                continue; // unknown keys are ignored
            }
            Object v = object.value(i);
            GoField at = GoField.root().member(STRUCT, key);
            if (key.equals("keyvalue")) {
                keyValue = GoConvert.anyMap(keyValue, v, at);
            } else if (v != null) {
                scalar(b, key, v, at);
            }
        }
        return b.keyValue(keyValue).build();
    }

    private static void scalar(ApiRequest.Builder b, String key, Object v, GoField at) {
        switch (key) {
            case "id" -> b.id(GoConvert.string(v, at));
            case "group" -> b.group(GoConvert.string(v, at));
            case "ping" -> b.ping(GoConvert.bool(v, at));
            case "pid" -> b.pid(GoConvert.unsigned(v, at, "uint32", GoConvert.UINT32_MAX).longValue());
            case "toggle" -> b.toggle(GoConvert.unsigned(v, at, "uint64", GoConvert.UINT64_MAX)
                    .min(LONG_MAX).longValue());
            case "history" -> b.history(GoConvert.bool(v, at));
            case "keyvalue-replace" -> b.keyValueReplace(GoConvert.bool(v, at));
            case "secret" -> b.secret(GoConvert.string(v, at));
            case "cas" -> b.cas(GoConvert.unsigned(v, at, "uint64", GoConvert.UINT64_MAX).longValue());
            default -> throw new IllegalStateException("unhandled key " + key);
        }
    }

    /** Compact JSON for a request (for the CLI and tests), omitting unset members. */
    public static byte[] encode(ApiRequest r) {
        GoJsonWriter w = new GoJsonWriter(JsonStyle.COMPACT).beginObject();
        if (!r.id().isEmpty()) {
            w.name("id").string(r.id());
        }
        if (!r.group().isEmpty()) {
            w.name("group").string(r.group());
        }
        if (r.ping()) {
            w.name("ping").bool(true);
        }
        if (r.pid() != 0) {
            w.name("pid").number(Long.toString(r.pid()));
        }
        if (r.toggle() != 0) {
            w.name("toggle").number(Long.toString(r.toggle()));
        }
        if (r.history()) {
            w.name("history").bool(true);
        }
        if (!r.keyValue().isEmpty()) {
            w.name("keyvalue");
            GoValueWriter.object(w, r.keyValue());
        }
        if (r.keyValueReplace()) {
            w.name("keyvalue-replace").bool(true);
        }
        if (!r.secret().isEmpty()) {
            w.name("secret").string(r.secret());
        }
        if (r.cas() != 0) {
            w.name("cas").number(Long.toUnsignedString(r.cas()));
        }
        return w.endObject().bytes();
    }
}
