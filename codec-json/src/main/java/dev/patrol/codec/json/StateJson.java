package dev.patrol.codec.json;

import dev.patrol.ports.api.HistoryRecord;
import dev.patrol.ports.state.LiveInstance;
import dev.patrol.ports.state.SavedObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state directory's JSON for one object (product.md A3). Key/value data round-trips with the
 * API's own rules (Go's interface{}), so a restored value is answered byte for byte as before;
 * instants are epoch nanoseconds, exact and independent of `json-timestamp`.
 */
public final class StateJson {
    private StateJson() {
    }

    public static byte[] encode(SavedObject o) {
        GoJsonWriter w = new GoJsonWriter(JsonStyle.COMPACT).beginObject();
        w.name("disabled").bool(o.disabled()).name("run-once").bool(o.runOnce()).name("restart").bool(o.restart());
        w.name("cas").number(Long.toString(o.cas()));
        w.name("keyvalue");
        GoValueWriter.object(w, o.keyValue());
        w.name("history").beginArray();
        o.history().forEach(r -> history(w, r));
        w.endArray();
        if (o.instance() != null) {
            LiveInstance i = o.instance();
            w.name("instance").beginObject().name("instance-id").string(i.instanceId())
                    .name("pid").number(Long.toString(i.pid())).name("start-time").number(Long.toString(i.startTime()))
                    .name("process-group").number(Long.toString(i.processGroup())).name("cgroup").string(i.cgroup());
            instant(w, "started", i.started());
            instant(w, "lastseen", i.lastSeen());
            w.endObject();
        }
        return w.endObject().bytes();
    }

    /** @throws JsonDecodeException naming what is wrong */
    public static SavedObject decode(byte[] json) {
        Members m = Members.of(JsonTree.readOnly(json), "state");
        List<HistoryRecord> history = new ArrayList<>();
        for (Object r : m.list("history")) {
            history.add(history(Members.of(r, "history record")));
        }
        Object instance = m.raw("instance");
        return new SavedObject(m.bool("disabled"), m.bool("run-once"), m.bool("restart"), m.number("cas"),
                keyValue(m.raw("keyvalue")), history, instance == null ? null : instance(Members.of(instance, "instance")));
    }

    private static void history(GoJsonWriter w, HistoryRecord r) {
        w.beginObject().name("instance-id").string(r.instanceId()).name("pid").number(Long.toString(r.pid()));
        instant(w, "started", r.started());
        instant(w, "lastseen", r.lastSeen());
        instant(w, "stopped", r.stopped());
        w.name("disabled").bool(r.disabled()).name("restart").bool(r.restart()).name("run-once").bool(r.runOnce())
                .name("shutdown").bool(r.shutdown()).name("exit-code").number(Integer.toString(r.exitCode()))
                .name("keyvalue");
        GoValueWriter.object(w, r.keyValue());
        w.name("signal").number(Integer.toString(r.signal())).name("reason").string(r.reason()).endObject();
    }

    private static HistoryRecord history(Members m) {
        return new HistoryRecord(m.text("instance-id"), m.number("pid"), m.instant("started"), m.instant("lastseen"),
                m.instant("stopped"), m.bool("disabled"), m.bool("restart"), m.bool("run-once"), m.bool("shutdown"),
                (int) m.number("exit-code"), keyValue(m.raw("keyvalue")), (int) m.number("signal"), m.text("reason"));
    }

    private static LiveInstance instance(Members m) {
        return new LiveInstance(m.text("instance-id"), m.number("pid"), m.number("start-time"),
                m.number("process-group"), m.text("cgroup"), m.instant("started"), m.instant("lastseen"));
    }

    private static Map<String, Object> keyValue(Object json) {
        return GoConvert.anyMap(new LinkedHashMap<>(), json, GoField.root());
    }

    private static void instant(GoJsonWriter w, String key, Instant t) {
        if (t != null) {
            w.name(key).number(Long.toString(t.getEpochSecond() * 1_000_000_000L + t.getNano()));
        }
    }

    /** An object's members by name, with typed reads that say which member is wrong. */
    private record Members(Map<String, Object> byName, String what) {
        static Members of(Object json, String what) {
            if (!(json instanceof JsonObject o)) {
                throw new JsonDecodeException(what + " is not a JSON object");
            }
            Map<String, Object> byName = new LinkedHashMap<>();
            for (int i = 0; i < o.size(); i++) {
                byName.put(o.name(i), o.value(i));
            }
            return new Members(byName, what);
        }

        Object raw(String key) {
            return byName.get(key);
        }

        boolean bool(String key) {
            Object v = byName.get(key);
            return v == null ? false : v instanceof Boolean b ? b : this.<Boolean>fail(key, "a boolean");
        }

        long number(String key) {
            Object v = byName.get(key);
            if (v == null) {
                return 0;
            }
            if (v instanceof JsonNumber n) {
                try {
                    return Long.parseLong(n.text());
                } catch (NumberFormatException e) {
                    // not an integer: said below
                }
            }
            return this.<Long>fail(key, "an integer");
        }

        String text(String key) {
            Object v = byName.get(key);
            return v == null ? "" : v instanceof String s ? s : this.<String>fail(key, "a string");
        }

        List<?> list(String key) {
            Object v = byName.get(key);
            return v == null ? List.of() : v instanceof List<?> l ? l : this.<List<?>>fail(key, "an array");
        }

        Instant instant(String key) {
            return byName.containsKey(key) ? Instant.ofEpochSecond(0, number(key)) : null;
        }

        /** Never returns: typed so each read can use it in place of a value. */
        private <T> T fail(String key, String want) {
            throw new JsonDecodeException(what + " member \"" + key + "\" is not " + want);
        }
    }
}
