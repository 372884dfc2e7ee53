package dev.patrol.domain.engine;

import dev.patrol.domain.state.Closing;
import dev.patrol.domain.state.ObjectState;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.api.HistoryRecord;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.hooks.Listener;
import dev.patrol.ports.hooks.TriggerEvent;
import java.time.Instant;

/**
 * What every part of the engine shares: config, ports, options, timers and the loop flags,
 * plus the two transitions common to apps and services (open and close an instance).
 */
final class Context {
    Config config; // replaced by a reload
    final SupervisorPorts ports;
    final SupervisorOptions options;
    final Timers timers = new Timers();
    final String instanceId;
    Instant loopStarted;
    long loopStartedNanos;
    boolean shutdown;

    Context(Config config, SupervisorPorts ports, SupervisorOptions options) {
        this.config = config;
        this.ports = ports;
        this.options = options;
        this.instanceId = ports.ids().newInstanceId();
    }

    boolean running() {
        return loopStarted != null;
    }

    Instant now() {
        return ports.clock().now();
    }

    long nanos() {
        return ports.clock().nanoTime();
    }

    /** Hands a trigger to the callback executor; a failing hook is logged, never rethrown. */
    void trigger(TriggerEvent.Kind kind, Unit u, HistoryRecord closed) {
        if (options.listener() == Listener.NONE) {
            return; // a snapshot per event costs the ping path ~8% of the daemon's CPU for nobody
        }
        ApiResponse snap = u == null ? null : Responses.of(this, u, Endpoint.SNAPSHOT, false);
        TriggerEvent e = new TriggerEvent(kind, u == null ? null : u.group(), u == null ? null : u.id, snap, closed);
        try {
            options.callbacks().execute(() -> {
                try {
                    options.listener().on(e);
                } catch (RuntimeException ex) {
                    ports.log().warn("trigger " + kind + " failed: " + ex);
                }
            });
        } catch (RuntimeException ex) {
            ports.log().warn("trigger " + kind + " could not be scheduled: " + ex);
        }
    }

    /** Starts a new instance now (new id, started = now, lastseen unset). */
    void open(Unit u) {
        Instant now = now();
        u.openedNanos = nanos();
        u.seenNanos = u.openedNanos;
        String id = ports.ids().newInstanceId();
        u.tracked.update(s -> s.withInstance(id, now));
    }

    /** The instance shows a sign of life now: `lastseen` for people, monotonic time for deadlines. */
    void seen(Unit u) {
        u.seenNanos = nanos();
        Instant now = now();
        u.tracked.update(s -> s.withLastSeen(now));
    }

    /** Closes the current instance, if any (spec §5.3); returns the record or null. */
    HistoryRecord close(Unit u, CloseReason reason) {
        ObjectState s = u.state();
        if (!s.running()) {
            return null;
        }
        boolean app = u instanceof AppUnit;
        boolean pidPatrol = app && ((AppUnit) u).pidPatrol();
        Closing.Context c = new Closing.Context(now(), config.history(), shutdown, app, pidPatrol,
                u.keyValueClear(), reason.wire());
        HistoryRecord rec = Closing.record(s, c);
        u.tracked.force(st -> Closing.reset(Closing.close(st, rec, c.limit()), c));
        ports.log().info(u.label() + " closed instance=" + rec.instanceId() + closeDetail(rec));
        trigger(TriggerEvent.Kind.CLOSED, u, rec);
        return rec;
    }

    /** Appends a record without an instance, to say why Patrol gave up on a launch. */
    void note(Unit u, CloseReason reason) {
        Closing.Context c = new Closing.Context(now(), config.history(), shutdown, u instanceof AppUnit,
                false, false, reason.wire());
        HistoryRecord rec = Closing.record(u.state(), c);
        u.tracked.force(st -> st.withHistory(Closing.append(st.history(), rec, c.limit())));
    }

    private static String closeDetail(HistoryRecord r) {
        StringBuilder b = new StringBuilder();
        if (r.pid() > 0) {
            b.append(" pid=").append(r.pid());
        }
        if (r.signal() > 0) {
            b.append(" signal=").append(r.signal());
        } else if (r.exitCode() != 0) {
            b.append(" code=").append(r.exitCode());
        }
        if (!r.reason().isEmpty()) {
            b.append(" reason=").append(r.reason());
        }
        return b.toString();
    }
}
