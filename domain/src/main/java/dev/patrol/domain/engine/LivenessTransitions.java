package dev.patrol.domain.engine;

import dev.patrol.domain.engine.AppEffect.ArmTimer;
import dev.patrol.domain.engine.AppEffect.BeginStop;
import dev.patrol.domain.engine.AppEffect.Close;
import dev.patrol.domain.engine.AppEffect.Open;
import dev.patrol.domain.engine.AppEffect.OpenWithPid;
import dev.patrol.domain.engine.AppEffect.Reevaluate;
import dev.patrol.domain.engine.AppEffect.Remember;
import dev.patrol.domain.engine.AppEffect.Seen;
import dev.patrol.domain.engine.AppEffect.SetPid;
import dev.patrol.domain.engine.AppEffect.Trigger;
import dev.patrol.ports.hooks.TriggerEvent.Kind;
import dev.patrol.ports.process.PidReading;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The liveness rows, by keepalive (spec §3.4 with product.md F3, F4, F6, A8): ping expiry,
 * the PID file, and pings. The probes' findings arrive on the events.
 */
final class LivenessTransitions {
    static final long PID_POLL_NANOS = Duration.ofSeconds(1).toNanos();
    /** The ping timer fires just after the deadline: at exactly lastseen + timeout the app is not yet expired. */
    static final long PING_SLACK_NANOS = 1_000_000;

    private LivenessTransitions() {
    }

    /** Keepalive 3/4, an open instance: still fresh, or expired. */
    static Transition pingChecked(AppView v, AppEvent.PingChecked e) {
        if (!v.running()) {
            return Transition.stay(v); // not UP: nothing to expire
        }
        List<AppEffect> fx = new ArrayList<>();
        if (!v.pingExpired()) {
            fx.add(new ArmTimer(TimerKind.PING, v.pingDeadline() + PING_SLACK_NANOS));
            return new Transition(v.phase(), fx); // UP -> UP: the expiry timer is re-armed
        }
        fx.add(new Close(CloseReason.PING_EXPIRED));
        if (e.livePid() > 0 && v.stop() == null) {
            fx.add(new BeginStop(e.livePid(), CloseReason.PING_EXPIRED));
            return new Transition(AppPhase.STOPPING, fx); // UP -> STOPPING: F6, no second copy beside a live one
        }
        return new Transition(v.stop() != null ? AppPhase.STOPPING : v.closed().phase(), fx); // UP -> DOWN
    }

    /** Keepalive 2: the PID file poll (every second, and at each evaluation). */
    static Transition pidRead(AppView v, AppEvent.PidRead e) {
        List<AppEffect> fx = new ArrayList<>();
        PidReading r = e.reading();
        long now = v.loop().now();
        CloseReason reason = CloseReason.PID_FILE;
        if (r.outcome() == PidReading.Outcome.FOUND) {
            PidChecks.Verdict verdict = e.verdict();
            if (verdict == PidChecks.Verdict.TRACKED || verdict == PidChecks.Verdict.NEW && !e.displacesChild()) {
                adopt(v, r.pid(), fx);
                fx.add(new ArmTimer(TimerKind.POLL, now + PID_POLL_NANOS));
                return new Transition(v.stop() != null ? AppPhase.STOPPING : AppPhase.UP, fx); // -> UP: a live PID
            }
            reason = switch (verdict) {
                case REUSED -> CloseReason.PID_REUSED;
                case FOREIGN -> CloseReason.PID_VERIFY;
                case UNPROVEN, NEW -> CloseReason.PID_UNPROVEN;
                case DEAD, TRACKED -> CloseReason.PID_DEAD;
            };
        }
        if (v.child() != null && invalidTooLong(v, r)) {
            // Issue #13 defect 2: never an instance without a live, valid PID.
            fx.add(new Close(CloseReason.PID_FILE_INVALID));
            AppView closed = v.closed();
            if (v.stop() == null) {
                fx.add(new BeginStop(closed.signalPid(), CloseReason.PID_FILE_INVALID));
            }
            if (v.running()) {
                adoptedEnded(v, closed, CloseReason.PID_FILE_INVALID, fx);
            }
            return new Transition(AppPhase.STOPPING, fx); // UP -> STOPPING: pid-file-invalid after two ticks
        }
        if (v.child() != null) {
            if (v.pid() == r.pid() && reason == CloseReason.PID_REUSED) {
                fx.add(new SetPid(0)); // never signal the stranger; the launcher is what we know
            }
            fx.add(new ArmTimer(TimerKind.POLL, now + PID_POLL_NANOS));
            return new Transition(v.phase(), fx); // UP -> UP: our launcher lives and may still write the file (§12.8)
        }
        if (!v.running()) {
            return new Transition(v.phase(), fx); // not UP: no live PID to adopt, nothing to close
        }
        fx.add(new Close(reason));
        AppPhase next = adoptedEnded(v, v.closed(), reason, fx);
        return new Transition(next, fx); // UP -> DOWN, BACKOFF or HELD: pid-file, pid-dead, pid-reused, pid-verify
    }

    /** The launched app had two ticks to write a valid PID file, and the file is still unusable. */
    private static boolean invalidTooLong(AppView v, PidReading r) {
        return r.outcome() == PidReading.Outcome.INVALID
                && v.loop().now() - v.child().launchedNanos() >= 2 * v.loop().tickEvery();
    }

    /**
     * A process Patrol did not launch is gone (A1): how it ended is unknown, so it counts as a
     * failure. Only decides; the evaluation that follows launches when the policy allows it now.
     */
    private static AppPhase adoptedEnded(AppView before, AppView closed, CloseReason reason, List<AppEffect> fx) {
        if (closed.disabled() || closed.loop().shutdown()) {
            return closed.disabled() ? AppPhase.HELD : AppPhase.DOWN; // asked for, or a consumed run-once
        }
        long ran = closed.loop().now() - closed.openedNanos(); // monotonic: a wall-clock step changes nothing
        String what = closed.label() + " pid=" + before.pid() + " ended (" + reason.wire() + ") after "
                + RestartPolicy.seconds(ran);
        return RestartPolicy.apply(closed, RestartDecision.UNKNOWN_EXIT, ran, what, false, false,
                AppEffect.Level.INFO, fx);
    }

    /** A live PID from the PID file (spec §3.4 step 3), or the forked daemon's after the launcher's exit (F4). */
    static void adopt(AppView v, long pid, List<AppEffect> fx) {
        long stored = v.pid();
        if (stored > 0 && stored != pid) {
            fx.add(new Close(CloseReason.NONE));
            fx.add(new OpenWithPid(pid, Kind.STARTED));
        } else if (stored > 0) {
            fx.add(new Seen());
        } else if (!v.running()) {
            fx.add(new OpenWithPid(pid, Kind.STARTED));
        } else {
            fx.add(new SetPid(pid));
            fx.add(new Seen());
            fx.add(new Remember());
        }
    }

    /** A ping; a PID-less ping to a stopped app opens an instance (F6). Then the app is evaluated. */
    static Transition pinged(AppView v, AppEvent.Pinged e) {
        List<AppEffect> fx = new ArrayList<>();
        long stored = v.pid();
        boolean running = v.running();
        if (e.reused()) {
            fx.add(new Close(CloseReason.PID_REUSED)); // F3: the pinger is the app, in a new instance
            stored = 0;
            running = false;
        }
        long pid = e.pid();
        if (pid > 0 && stored > 0 && stored != pid) {
            fx.add(new Close(CloseReason.NONE));
            fx.add(new OpenWithPid(pid, Kind.STARTED_PINGED));
        } else if (pid > 0 && stored == 0 && running) {
            fx.add(new SetPid(pid));
            fx.add(new Seen());
            fx.add(new Remember());
            fx.add(new Trigger(Kind.PINGED));
        } else if (pid > 0 && stored == 0) {
            fx.add(new OpenWithPid(pid, Kind.STARTED_PINGED));
        } else if (!running) {
            fx.add(new Open());
            fx.add(new Trigger(Kind.STARTED_PINGED));
        } else {
            fx.add(new Seen());
            fx.add(new Trigger(Kind.PINGED));
        }
        fx.add(new Reevaluate()); // re-arms the expiry timer; stops a disabled app that pinged in
        return new Transition(v.stop() != null ? AppPhase.STOPPING : AppPhase.UP, fx);
    }
}
