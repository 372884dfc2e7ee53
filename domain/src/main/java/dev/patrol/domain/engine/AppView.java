package dev.patrol.domain.engine;

import dev.patrol.domain.config.EffectiveAppPolicy;
import dev.patrol.domain.state.Closing;
import dev.patrol.domain.state.ObjectState;
import dev.patrol.ports.config.AppConfig;
import java.time.Duration;

/**
 * What a decision about one app needs, read from its unit before the transition: the phase, the
 * observable state, the config, the child and stop in progress, and the loop's clock facts
 * (monotonic nanos). Immutable; {@link AppTransitions} reads nothing else.
 */
record AppView(AppPhase phase, String label, ObjectState state, AppConfig cfg, AppUnit.Child child,
               AppUnit.Stop stop, int fastFailures, boolean restartSignalled, boolean retired,
               long openedNanos, long seenNanos, Loop loop) {

    /** The loop's facts: running, shutting down, now, when it started, and the config's timeouts. */
    record Loop(boolean running, boolean shutdown, long now, long started, long pingTimeout, long tickEvery) {
        static Loop of(Context ctx) {
            return new Loop(ctx.running(), ctx.shutdown, ctx.nanos(), ctx.loopStartedNanos,
                    Duration.ofSeconds(ctx.config.pingTimeout()).toNanos(),
                    Duration.ofSeconds(ctx.config.tickEvery()).toNanos());
        }
    }

    static AppView of(AppUnit u, Context ctx) {
        return new AppView(u.phase(ctx.timers), u.label(), u.state(), u.cfg, u.child, u.stop, u.fastFailures,
                u.restartSignalled, u.retired, u.openedNanos, u.seenNanos, Loop.of(ctx));
    }

    /** Evaluations happen only while the loop runs, before shutdown, for apps still configured. */
    boolean active() {
        return loop.running() && !loop.shutdown() && !retired;
    }

    boolean running() {
        return state.running();
    }

    boolean disabled() {
        return state.disabled();
    }

    long pid() {
        return state.pid();
    }

    /** The PID to signal: the known one, else the child Patrol launched; 0 if none. */
    long signalPid() {
        return pid() > 0 ? pid() : child != null ? child.pid() : 0;
    }

    boolean pingable() {
        return cfg.isPingable();
    }

    EffectiveAppPolicy policy() {
        return EffectiveAppPolicy.of(cfg);
    }

    long stopTimeout() {
        return Duration.ofSeconds(policy().stopTimeoutSeconds()).toNanos();
    }

    /** Monotonic (issue #13): lastseen + ping-timeout, so a wall-clock step neither expires nor postpones. */
    long pingDeadline() {
        return seenNanos + loop.pingTimeout();
    }

    boolean pingExpired() {
        return running() && loop.now() - pingDeadline() > 0;
    }

    /** F8: the end of HTTP/UDP apps' grace, 2 × ping-timeout after daemon start. */
    long graceEnd() {
        return loop.started() + 2 * loop.pingTimeout();
    }

    boolean inPingGrace() {
        return pingable() && loop.now() - graceEnd() <= 0;
    }

    /** The view as closing the instance leaves it (Closing: no instance, no PID, a consumed run-once disables). */
    AppView closed() {
        if (!running()) {
            return this;
        }
        ObjectState s = Closing.afterClose(state, true, false);
        return new AppView(AppPhase.of(s, child, stop, false), label, s, cfg, child, stop, fastFailures,
                restartSignalled, retired, openedNanos, seenNanos, loop);
    }
}
