package dev.patrol.domain.state;

import dev.patrol.ports.api.HistoryRecord;
import dev.patrol.ports.api.Toggle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Closing an instance (spec §5.3): append a history record (keeping at most `limit`),
 * reset the instance, disable a consumed run-once, and clear what must be cleared.
 */
public final class Closing {
    /** How to close: the facts the record needs that the state does not hold. */
    public record Context(Instant now, int limit, boolean shutdown, boolean app, boolean pidPatrol,
                          boolean keyValueClear, String reason) {
    }

    private Closing() {
    }

    /** The record that closing `s` now would append. */
    public static HistoryRecord record(ObjectState s, Context c) {
        Instant lastSeen = s.lastSeen();
        if (lastSeen == null && c.pidPatrol()) {
            lastSeen = c.now();
        }
        return new HistoryRecord(s.instanceId(), c.app() ? s.pid() : 0, s.started(), lastSeen, c.now(),
                s.disabled(), s.restart(), s.runOnceConsumed(), c.shutdown(), c.app() ? s.exitCode() : 0,
                s.keyValue(), c.app() ? s.exitSignal() : 0, c.reason());
    }

    /** The state after the close; `s` must be running. */
    public static ObjectState close(ObjectState s, HistoryRecord rec, int limit) {
        ObjectState next = s.withHistory(append(s.history(), rec, limit)).withInstance("", null);
        if (s.runOnceConsumed()) {
            next = Toggles.apply(next, Toggle.DISABLE);
        }
        return next;
    }

    /** The flags and instance fields as a close leaves them, history aside (for decisions made before the close). */
    public static ObjectState afterClose(ObjectState s, boolean app, boolean keyValueClear) {
        ObjectState next = s.withInstance("", null);
        if (s.runOnceConsumed()) {
            next = Toggles.apply(next, Toggle.DISABLE);
        }
        return reset(next, new Context(null, 0, false, app, false, keyValueClear, ""));
    }

    /** `history` plus `rec`, dropping the oldest so that at most `limit` remain. */
    public static List<HistoryRecord> append(List<HistoryRecord> history, HistoryRecord rec, int limit) {
        List<HistoryRecord> out = new ArrayList<>(history);
        while (out.size() >= limit && !out.isEmpty()) {
            out.remove(0);
        }
        out.add(rec);
        return out;
    }

    /** The app-only and key/value resets that follow a close. */
    public static ObjectState reset(ObjectState s, Context c) {
        ObjectState next = s;
        if (c.app()) {
            next = next.withPid(0).withExit(0, 0);
        }
        if (c.keyValueClear()) {
            next = next.withKeyValue(Map.of());
        }
        return next;
    }
}
