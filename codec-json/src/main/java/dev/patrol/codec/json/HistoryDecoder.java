package dev.patrol.codec.json;

import dev.patrol.ports.api.HistoryRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads History objects (spec §6.6) back into records, for clients and round-trip tests. */
final class HistoryDecoder {
    private static final String STRUCT = "History";
    private static final GoKeys KEYS = GoKeys.of("instance-id", "pid", "started", "lastseen",
            "stopped", "disabled", "restart", "run-once", "shutdown", "exit-code", "keyvalue",
            "signal", "reason");

    private final TimestampDecoder times;

    HistoryDecoder(TimestampDecoder times) {
        this.times = times;
    }

    /** A JSON array of History objects; null gives an empty list and null elements are skipped. */
    List<HistoryRecord> list(Object json, GoField at) {
        if (json == null) {
            return List.of();
        }
        if (!(json instanceof List)) {
            throw at.mismatch(json, "[]*patrol.History");
        }
        List<HistoryRecord> out = new ArrayList<>();
        for (Object item : (List<?>) json) {
            if (item != null) {
                out.add(record(item, at));
            }
        }
        return out;
    }

    private HistoryRecord record(Object json, GoField at) {
        if (!(json instanceof JsonObject)) {
            throw at.mismatch(json, "patrol.History");
        }
        Fields f = new Fields();
        KEYS.forEach((JsonObject) json, (key, v) -> f.set(key, v, at.member(STRUCT, key)));
        return new HistoryRecord(f.instanceId, f.pid, f.started, f.lastSeen, f.stopped, f.disabled,
                f.restart, f.runOnce, f.shutdown, f.exitCode, f.keyValue, f.signal, f.reason);
    }

    private final class Fields {
        String instanceId = "";
        long pid;
        Instant started;
        Instant lastSeen;
        Instant stopped;
        boolean disabled;
        boolean restart;
        boolean runOnce;
        boolean shutdown;
        int exitCode;
        Map<String, Object> keyValue = new LinkedHashMap<>();
        int signal;
        String reason = "";

        void set(String key, Object v, GoField at) {
            if (v == null && !key.equals("keyvalue") && !times(key)) {
                return;
            }
            switch (key) {
                case "instance-id" -> instanceId = GoConvert.string(v, at);
                case "pid" -> pid = GoConvert.unsigned(v, at, "uint32", GoConvert.UINT32_MAX).longValue();
                case "started" -> started = times.decode(v, at);
                case "lastseen" -> lastSeen = times.decode(v, at);
                case "stopped" -> stopped = times.decode(v, at);
                case "disabled" -> disabled = GoConvert.bool(v, at);
                case "restart" -> restart = GoConvert.bool(v, at);
                case "run-once" -> runOnce = GoConvert.bool(v, at);
                case "shutdown" -> shutdown = GoConvert.bool(v, at);
                // Go's uint8; read as int so whatever the encoder wrote comes back.
                case "exit-code" -> exitCode = GoConvert.goInt(v, at);
                case "keyvalue" -> keyValue = GoConvert.anyMap(keyValue, v, at);
                case "signal" -> signal = GoConvert.goInt(v, at);
                case "reason" -> reason = GoConvert.string(v, at);
                default -> throw new IllegalStateException("unhandled key " + key);
            }
        }

        private boolean times(String key) {
            return key.equals("started") || key.equals("lastseen") || key.equals("stopped");
        }
    }
}
