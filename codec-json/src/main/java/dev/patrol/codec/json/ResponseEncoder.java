package dev.patrol.codec.json;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.HistoryRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes API_Response, API_Status and History objects in Go's field order (spec §6.4–§6.6),
 * leaving out every member that is null, zero, false or empty (`omitempty`).
 */
final class ResponseEncoder {
    private final GoTimeLayout layout;
    private final ZoneId zone;

    ResponseEncoder(GoTimeLayout layout, ZoneId zone) {
        this.layout = layout;
        this.zone = zone;
    }

    void response(GoJsonWriter w, ApiResponse r) {
        w.beginObject();
        text(w, "id", r.id());
        text(w, "instance-id", r.instanceId());
        text(w, "group", r.group());
        text(w, "name", r.name());
        number(w, "pid", r.pid());
        time(w, "started", r.started());
        time(w, "lastseen", r.lastSeen());
        flag(w, "disabled", r.disabled());
        flag(w, "restart", r.restart());
        flag(w, "run-once", r.runOnce());
        flag(w, "shutdown", r.shutdown());
        if (!r.history().isEmpty()) {
            w.name("history");
            history(w, r.history());
        }
        keyValue(w, r.keyValue());
        flag(w, "secret", r.secret());
        if (!r.errors().isEmpty()) {
            w.name("errors").beginArray();
            r.errors().forEach(w::string);
            w.endArray();
        }
        unsigned(w, "cas", r.cas());
        flag(w, "cas-invalid", r.casInvalid());
        // Our addition (issue #12): after every original key, and only while the latest launch failed.
        if (r.launchError() != null) {
            w.name("launch-error").beginObject();
            w.name("error").string(r.launchError().error());
            time(w, "time", r.launchError().time());
            w.endObject();
        }
        w.endObject();
    }

    void history(GoJsonWriter w, List<HistoryRecord> records) {
        w.beginArray();
        for (HistoryRecord h : records) {
            record(w, h);
        }
        w.endArray();
    }

    private void record(GoJsonWriter w, HistoryRecord h) {
        w.beginObject();
        text(w, "instance-id", h.instanceId());
        number(w, "pid", h.pid());
        time(w, "started", h.started());
        time(w, "lastseen", h.lastSeen());
        time(w, "stopped", h.stopped());
        flag(w, "disabled", h.disabled());
        flag(w, "restart", h.restart());
        flag(w, "run-once", h.runOnce());
        flag(w, "shutdown", h.shutdown());
        number(w, "exit-code", h.exitCode());
        keyValue(w, h.keyValue());
        // Our additions come after every original key, so old clients see the same prefix.
        number(w, "signal", h.signal());
        text(w, "reason", h.reason());
        w.endObject();
    }

    void status(GoJsonWriter w, ApiStatus s) {
        w.beginObject();
        text(w, "instance-id", s.instanceId());
        entries(w, "apps", s.apps());
        entries(w, "service", s.services());
        time(w, "started", s.started());
        flag(w, "shutdown", s.shutdown());
        w.endObject();
    }

    private void entries(GoJsonWriter w, String key, Map<String, ApiResponse> entries) {
        if (entries.isEmpty()) {
            return;
        }
        TreeMap<String, ApiResponse> sorted = new TreeMap<>(GoValueWriter.KEY_ORDER);
        sorted.putAll(entries);
        w.name(key).beginObject();
        for (Map.Entry<String, ApiResponse> e : sorted.entrySet()) {
            w.name(e.getKey());
            if (e.getValue() == null) {
                w.nullValue();
            } else {
                response(w, e.getValue());
            }
        }
        w.endObject();
    }

    private static void keyValue(GoJsonWriter w, Map<String, Object> keyValue) {
        if (!keyValue.isEmpty()) {
            w.name("keyvalue");
            GoValueWriter.object(w, keyValue);
        }
    }

    private static void text(GoJsonWriter w, String key, String value) {
        if (!value.isEmpty()) {
            w.name(key).string(value);
        }
    }

    private static void flag(GoJsonWriter w, String key, boolean value) {
        if (value) {
            w.name(key).bool(true);
        }
    }

    private static void number(GoJsonWriter w, String key, long value) {
        if (value != 0) {
            w.name(key).number(Long.toString(value));
        }
    }

    /** The CAS is a Go uint64 carried in a long's bits. */
    private static void unsigned(GoJsonWriter w, String key, long value) {
        if (value != 0) {
            w.name(key).number(Long.toUnsignedString(value));
        }
    }

    private void time(GoJsonWriter w, String key, Instant value) {
        if (value != null) {
            w.name(key).string(layout.format(value, zone));
        }
    }
}
