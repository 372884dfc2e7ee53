package dev.patrol.codec.json;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.HistoryRecord;
import dev.patrol.ports.api.LaunchError;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads API_Response and API_Status JSON back into records (for clients, CLI and tests). */
final class ResponseDecoder {
    private static final String STRUCT = "API_Response";
    private static final GoKeys KEYS = GoKeys.of("id", "instance-id", "group", "name", "pid",
            "started", "lastseen", "disabled", "restart", "run-once", "shutdown", "history",
            "keyvalue", "secret", "errors", "cas", "cas-invalid", "launch-error");
    private static final GoKeys LAUNCH_ERROR_KEYS = GoKeys.of("error", "time");
    private static final GoKeys STATUS_KEYS = GoKeys.of("instance-id", "apps", "service",
            "started", "shutdown");
    // Keys whose JSON null is stored (maps, slices, timestamps), not skipped.
    private static final Set<String> NULLABLE = Set.of("started", "lastseen", "history",
            "keyvalue", "errors", "apps", "service");

    private final TimestampDecoder times;
    private final HistoryDecoder history;

    ResponseDecoder(TimestampDecoder times) {
        this.times = times;
        this.history = new HistoryDecoder(times);
    }

    ApiResponse response(Object json, GoField at) {
        if (!(json instanceof JsonObject)) {
            throw at.mismatch(json, "patrol.API_Response");
        }
        Fields f = new Fields();
        KEYS.forEach((JsonObject) json, (key, v) -> {
            if (v != null || NULLABLE.contains(key)) {
                f.set(key, v, at.member(STRUCT, key));
            }
        });
        return new ApiResponse(f.id, f.instanceId, f.group, f.name, f.pid, f.started, f.lastSeen,
                f.disabled, f.restart, f.runOnce, f.shutdown, f.history, f.keyValue, f.secret,
                f.errors, f.cas, f.casInvalid, f.launchError);
    }

    /** Our `launch-error` object: `error` text and `time`; an empty or null one is no error. */
    private LaunchError launchError(Object json, GoField at) {
        if (!(json instanceof JsonObject)) {
            throw at.mismatch(json, "patrol.LaunchError");
        }
        String[] error = {""};
        Instant[] time = {null};
        LAUNCH_ERROR_KEYS.forEach((JsonObject) json, (key, v) -> {
            GoField field = at.member("LaunchError", key);
            if (key.equals("error")) {
                error[0] = v == null ? error[0] : GoConvert.string(v, field);
            } else {
                time[0] = times.decode(v, field);
            }
        });
        return error[0].isEmpty() && time[0] == null ? null : new LaunchError(error[0], time[0]);
    }

    ApiStatus status(Object json) {
        GoField root = GoField.root();
        if (json == null) {
            return new ApiStatus("", Map.of(), Map.of(), null, false);
        }
        if (!(json instanceof JsonObject)) {
            throw root.mismatch(json, "patrol.API_Status");
        }
        String[] instanceId = {""};
        Map<String, Map<String, ApiResponse>> maps = new LinkedHashMap<>();
        Instant[] started = {null};
        boolean[] shutdown = {false};
        STATUS_KEYS.forEach((JsonObject) json, (key, v) -> {
            GoField at = root.member("API_Status", key);
            switch (key) {
                case "instance-id" -> instanceId[0] = v == null ? instanceId[0] : GoConvert.string(v, at);
                case "started" -> started[0] = times.decode(v, at);
                case "shutdown" -> shutdown[0] = v == null ? shutdown[0] : GoConvert.bool(v, at);
                default -> maps.put(key, entries(maps.getOrDefault(key, new LinkedHashMap<>()), v, at));
            }
        });
        return new ApiStatus(instanceId[0], maps.get("apps"), maps.get("service"), started[0], shutdown[0]);
    }

    /** Go's map[string]*API_Response: merged into what is there; null entries stay null. */
    private Map<String, ApiResponse> entries(Map<String, ApiResponse> into, Object v, GoField at) {
        if (v == null) {
            return new LinkedHashMap<>();
        }
        if (!(v instanceof JsonObject)) {
            throw at.mismatch(v, "map[string]*patrol.API_Response");
        }
        JsonObject object = (JsonObject) v;
        for (int i = 0; i < object.size(); i++) {
            Object entry = object.value(i);
            into.put(object.name(i), entry == null ? null : response(entry, at.entry(object.name(i))));
        }
        return into;
    }

    private final class Fields {
        String id = "";
        String instanceId = "";
        String group = "";
        String name = "";
        long pid;
        Instant started;
        Instant lastSeen;
        boolean disabled;
        boolean restart;
        boolean runOnce;
        boolean shutdown;
        List<HistoryRecord> history = List.of();
        Map<String, Object> keyValue = new LinkedHashMap<>();
        boolean secret;
        List<String> errors = List.of();
        long cas;
        boolean casInvalid;
        LaunchError launchError;

        void set(String key, Object v, GoField at) {
            switch (key) {
                case "id" -> id = GoConvert.string(v, at);
                case "instance-id" -> instanceId = GoConvert.string(v, at);
                case "group" -> group = GoConvert.string(v, at);
                case "name" -> name = GoConvert.string(v, at);
                case "pid" -> pid = GoConvert.unsigned(v, at, "uint32", GoConvert.UINT32_MAX).longValue();
                case "started" -> started = times.decode(v, at);
                case "lastseen" -> lastSeen = times.decode(v, at);
                case "disabled" -> disabled = GoConvert.bool(v, at);
                case "restart" -> restart = GoConvert.bool(v, at);
                case "run-once" -> runOnce = GoConvert.bool(v, at);
                case "shutdown" -> shutdown = GoConvert.bool(v, at);
                case "history" -> history = ResponseDecoder.this.history.list(v, at);
                case "keyvalue" -> keyValue = GoConvert.anyMap(keyValue, v, at);
                case "secret" -> secret = GoConvert.bool(v, at);
                case "errors" -> errors = GoConvert.strings(v, at);
                case "cas" -> cas = GoConvert.unsigned(v, at, "uint64", GoConvert.UINT64_MAX).longValue();
                case "cas-invalid" -> casInvalid = GoConvert.bool(v, at);
                case "launch-error" -> launchError = launchError(v, at);
                default -> throw new IllegalStateException("unhandled key " + key);
            }
        }
    }
}
