package dev.patrol.domain.engine;

import dev.patrol.domain.engine.AppEffect.ArmTimer;
import dev.patrol.domain.engine.AppEffect.BeginStop;
import dev.patrol.domain.engine.AppEffect.CancelTimer;
import dev.patrol.domain.engine.AppEffect.Launch;
import dev.patrol.domain.engine.AppEffect.MarkRetired;
import dev.patrol.domain.engine.AppEffect.Reevaluate;
import dev.patrol.domain.engine.AppEffect.RequestRestart;
import dev.patrol.domain.engine.AppEffect.SendSignal;
import dev.patrol.domain.engine.AppEffect.SetConfig;
import dev.patrol.domain.engine.AppEffect.SetDisabled;
import dev.patrol.domain.engine.AppEffect.SetFastFailures;
import dev.patrol.domain.engine.AppEffect.Trigger;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.hooks.TriggerEvent.Kind;
import dev.patrol.ports.process.Signal;
import java.util.ArrayList;
import java.util.List;

/**
 * The app state table (spec §3.4–3.8 with product.md F1–F9, A1, A2, A8): one pure function
 * `(view, event) → (next phase, effects)`. Liveness rows are in {@link LivenessTransitions}, exits
 * in {@link ExitTransitions}, the stop sequence in {@link StopTransitions}, the restart policy's
 * effects in {@link RestartPolicy}. docs/ENGINE.md renders this table; a test keeps them equal.
 */
final class AppTransitions {
    private AppTransitions() {
    }

    static Transition on(AppView v, AppEvent e) {
        return switch (e.kind()) {
            case DECIDE -> decide(v, (AppEvent.Decide) e);
            case LAUNCHED -> launched(v);
            case LAUNCH_FAILED -> launchFailed(v, (AppEvent.LaunchFailed) e);
            case EXITED -> ExitTransitions.exited(v, (AppEvent.Exited) e);
            case PING_CHECKED -> LivenessTransitions.pingChecked(v, (AppEvent.PingChecked) e);
            case PID_READ -> LivenessTransitions.pidRead(v, (AppEvent.PidRead) e);
            case PINGED -> LivenessTransitions.pinged(v, (AppEvent.Pinged) e);
            case EXECUTE_TIMEOUT -> stop(v, CloseReason.EXECUTE_TIMEOUT, List.of());
            case STOP_PROBED -> StopTransitions.probed(v, (AppEvent.StopProbed) e);
            case STOP_TIMER -> StopTransitions.timer(v, (AppEvent.StopTimer) e);
            case RECONFIGURE -> reconfigure(v, ((AppEvent.Reconfigure) e).cfg());
            case RETIRE -> retire(v);
            case SHUTDOWN -> shutdown(v, (AppEvent.Shutdown) e);
        };
    }

    /** The per-app evaluation (spec §3.5), once liveness has been checked. */
    private static Transition decide(AppView v, AppEvent.Decide e) {
        if (!v.active()) {
            return Transition.stay(v); // any -> same: the loop is not running, shuts down, or the app was removed
        }
        List<AppEffect> fx = new ArrayList<>();
        switch (v.phase()) {
            case UP -> {
                tickSays(e, Kind.RUNNING, fx);
                if (v.state().restart()) {
                    return restart(v, fx); // UP -> UP: SIGUSR2 once a PID is known (F9)
                }
                if (v.disabled() && v.signalPid() > 0) {
                    fx.add(new BeginStop(v.signalPid(), CloseReason.NONE));
                    return new Transition(AppPhase.STOPPING, fx); // UP -> STOPPING: disabled
                }
                return new Transition(AppPhase.UP, fx); // UP -> UP: still running
            }
            case STOPPING -> {
                if (v.running()) {
                    tickSays(e, Kind.RUNNING, fx);
                    if (v.state().restart()) {
                        return restart(v, fx); // STOPPING -> STOPPING: a restart toggle still signals
                    }
                } else if (v.disabled()) {
                    tickSays(e, Kind.DISABLED, fx);
                }
                return new Transition(AppPhase.STOPPING, fx); // STOPPING -> STOPPING: one stop at a time (F6)
            }
            case HELD -> {
                tickSays(e, Kind.DISABLED, fx);
                return new Transition(AppPhase.HELD, fx); // HELD -> HELD: disabled stays down
            }
            case BACKOFF -> {
                return new Transition(AppPhase.BACKOFF, fx); // BACKOFF -> BACKOFF: the respawn timer decides
            }
            case ORPHANED -> {
                fx.add(new BeginStop(v.child().pid(), CloseReason.ORPHANED));
                return new Transition(AppPhase.STOPPING, fx); // ORPHANED -> STOPPING: our launcher outlived its instance
            }
            case DOWN -> {
                if (v.inPingGrace()) {
                    fx.add(new ArmTimer(TimerKind.GRACE, v.graceEnd() + 1));
                    return new Transition(AppPhase.DOWN, fx); // DOWN -> DOWN: F8, waiting for a first ping
                }
                fx.add(new Launch());
                return new Transition(AppPhase.UP, fx); // DOWN -> UP: launched
            }
        }
        throw new IllegalStateException(v.phase().toString());
    }

    private static void tickSays(AppEvent.Decide e, Kind kind, List<AppEffect> fx) {
        if (e.tick()) {
            fx.add(new Trigger(kind));
        }
    }

    private static Transition restart(AppView v, List<AppEffect> fx) {
        if (v.signalPid() > 0) {
            fx.add(new RequestRestart(v.signalPid()));
        }
        return new Transition(v.phase(), fx);
    }

    /** DOWN -> UP: the child runs; its deadlines are armed. */
    private static Transition launched(AppView v) {
        List<AppEffect> fx = new ArrayList<>();
        long now = v.loop().now();
        if (v.cfg().executeTimeout() > 0) {
            fx.add(new ArmTimer(TimerKind.EXECUTE, now + v.cfg().executeTimeout() * 1_000_000_000L));
        }
        if (v.pingable()) {
            fx.add(new ArmTimer(TimerKind.PING, v.pingDeadline() + LivenessTransitions.PING_SLACK_NANOS));
        } else if (v.cfg().keepAlive() == AppConfig.KEEPALIVE_PID_APP) {
            fx.add(new ArmTimer(TimerKind.POLL, now + LivenessTransitions.PID_POLL_NANOS));
        }
        fx.add(new Trigger(Kind.STARTED));
        return new Transition(AppPhase.UP, fx);
    }

    /** DOWN -> DOWN, BACKOFF or HELD: a failed launch is a fast failure for the restart policy. */
    private static Transition launchFailed(AppView v, AppEvent.LaunchFailed e) {
        List<AppEffect> fx = new ArrayList<>();
        fx.add(new Trigger(Kind.START_FAILED));
        AppPhase next = RestartPolicy.apply(v, null, 0, "unable to spawn " + v.label() + ": " + e.error(), false, true,
                e.level(), fx);
        return new Transition(next, fx);
    }

    /** UP -> STOPPING: a stop for whatever runs now, unless one is in progress or nothing is known to run. */
    static Transition stop(AppView v, CloseReason reason, List<AppEffect> before) {
        List<AppEffect> fx = new ArrayList<>(before);
        if (v.stop() == null && v.signalPid() > 0) {
            fx.add(new BeginStop(v.signalPid(), reason));
            return new Transition(AppPhase.STOPPING, fx);
        }
        return new Transition(v.phase(), fx);
    }

    /** F18: a launched child restarts with the new config once it has exited; otherwise evaluate now. */
    private static Transition reconfigure(AppView v, AppConfig cfg) {
        List<AppEffect> fx = new ArrayList<>();
        fx.add(new SetConfig(cfg));
        if (v.cfg().disabled() != cfg.disabled()) {
            fx.add(new SetDisabled(cfg.disabled()));
        }
        fx.add(new SetFastFailures(0));
        fx.add(new CancelTimer(TimerKind.RESPAWN));
        if (v.child() != null) {
            return stop(v, CloseReason.RELOAD, fx); // any -> STOPPING: the child runs the old config
        }
        fx.add(new Reevaluate());
        return new Transition(v.phase() == AppPhase.BACKOFF ? AppPhase.DOWN : v.phase(), fx); // -> evaluated now
    }

    /** any -> (removed): timers cancelled, the launched child stopped; never launched again. */
    private static Transition retire(AppView v) {
        List<AppEffect> fx = new ArrayList<>();
        fx.add(new MarkRetired(v.child() != null));
        for (TimerKind t : new TimerKind[] {TimerKind.RESPAWN, TimerKind.GRACE, TimerKind.POLL, TimerKind.PING,
                TimerKind.EXECUTE}) {
            fx.add(new CancelTimer(t));
        }
        return v.child() != null ? stop(v, CloseReason.REMOVED, fx) : new Transition(v.phase(), fx);
    }

    /** any -> STOPPING: launched children get the stop sequence; adopted ones SIGUSR1 only, if still theirs. */
    private static Transition shutdown(AppView v, AppEvent.Shutdown e) {
        List<AppEffect> fx = new ArrayList<>();
        fx.add(new CancelTimer(TimerKind.RESPAWN));
        AppPhase next = v.phase();
        if (v.child() != null) {
            Transition t = stop(v, CloseReason.NONE, fx);
            fx = new ArrayList<>(t.effects());
            next = t.next();
        } else if (e.signalAdopted()) {
            fx.add(new SendSignal(v.pid(), Signal.USR1, false));
        }
        fx.add(new Trigger(Kind.SHUTDOWN));
        return new Transition(next, fx);
    }
}
