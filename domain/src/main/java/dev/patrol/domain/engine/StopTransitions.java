package dev.patrol.domain.engine;

import dev.patrol.domain.engine.AppEffect.ArmTimer;
import dev.patrol.domain.engine.AppEffect.Close;
import dev.patrol.domain.engine.AppEffect.EndStop;
import dev.patrol.domain.engine.AppEffect.Log;
import dev.patrol.domain.engine.AppEffect.MarkUnproven;
import dev.patrol.domain.engine.AppEffect.Reevaluate;
import dev.patrol.domain.engine.AppEffect.SendSignal;
import dev.patrol.domain.engine.AppEffect.SetStop;
import dev.patrol.ports.process.Signal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The stop sequence (product.md A2): SIGUSR1 to the process, then after `stop-timeout` SIGTERM,
 * then after another `stop-timeout` SIGKILL — to the whole group when Patrol launched it (F5),
 * else to the PID alone. A launched child reports its own exit; any other process is probed
 * until it is gone. Only a process provably the app's is signalled (A8, {@link SignalGuard}).
 */
final class StopTransitions {
    static final long CHECK_NANOS = Duration.ofSeconds(1).toNanos();

    private StopTransitions() {
    }

    /** A stop was asked for and its target probed. */
    static Transition probed(AppView v, AppEvent.StopProbed e) {
        if (v.stop() != null) {
            return Transition.stay(v); // STOPPING -> STOPPING: one stop sequence at a time
        }
        List<AppEffect> fx = new ArrayList<>();
        if (e.refusal() != null) {
            // A8: never signalled; the instance that tracked it closes, and it is never adopted again.
            fx.add(new MarkUnproven(e.pid(), e.startTime()));
            fx.add(new Log(true, v.label() + " will not signal pid=" + e.pid() + ": " + e.refusal()
                    + "; its instance closes and the process is left alone"));
            boolean closes = v.running() && v.pid() == e.pid();
            if (closes) {
                fx.add(new Close(CloseReason.PID_UNPROVEN));
            }
            return new Transition(closes ? v.closed().phase() : v.phase(), fx); // UP -> DOWN: pid-unproven
        }
        fx.add(new SetStop(new AppUnit.Stop(e.pid(), e.group(), e.reason(), e.startTime())));
        fx.add(new SendSignal(e.pid(), Signal.USR1, false));
        fx.add(new Log(false, v.label() + " stopping pid=" + e.pid() + ", sent SIGUSR1"
                + (e.reason() == CloseReason.NONE ? "" : " reason=" + e.reason().wire())));
        fx.add(new ArmTimer(TimerKind.TERM, v.loop().now() + v.stopTimeout()));
        return new Transition(AppPhase.STOPPING, fx); // -> STOPPING: SIGUSR1 sent, TERM armed
    }

    /** A stop timer fired: escalate, or finish once a process Patrol did not launch is gone. */
    static Transition timer(AppView v, AppEvent.StopTimer e) {
        AppUnit.Stop s = v.stop();
        if (s == null) {
            return Transition.stay(v); // any -> same: the stop already ended
        }
        List<AppEffect> fx = new ArrayList<>();
        switch (e.timer()) {
            case TERM, KILL -> {
                if (!s.group() && e.gone()) {
                    return finish(v, fx);
                }
                Signal signal = e.timer() == TimerKind.TERM ? Signal.TERM : Signal.KILL;
                fx.add(new SendSignal(s.pid(), signal, s.group()));
                fx.add(new Log(true, v.label() + " did not stop, sent SIG" + signal + " to "
                        + (s.group() ? "group " : "pid ") + s.pid()));
                if (signal == Signal.TERM) {
                    fx.add(new ArmTimer(TimerKind.KILL, v.loop().now() + v.stopTimeout())); // STOPPING: TERM sent
                } else if (!s.group()) {
                    fx.add(new ArmTimer(TimerKind.CHECK, v.loop().now() + CHECK_NANOS)); // STOPPING: KILL sent
                }
                return new Transition(AppPhase.STOPPING, fx);
            }
            case CHECK -> {
                if (e.gone()) {
                    return finish(v, fx);
                }
                fx.add(new ArmTimer(TimerKind.CHECK, v.loop().now() + CHECK_NANOS));
                return new Transition(AppPhase.STOPPING, fx); // STOPPING -> STOPPING: still alive
            }
            case RESPAWN, GRACE, POLL, PING, EXECUTE -> {
                return Transition.stay(v); // not a stop timer
            }
        }
        throw new IllegalStateException(e.timer().toString());
    }

    /** STOPPING -> DOWN: a process Patrol did not launch is gone; its instance (if still open) closes with the stop's reason. */
    private static Transition finish(AppView v, List<AppEffect> fx) {
        AppUnit.Stop s = v.stop();
        fx.add(new EndStop());
        if (v.running() && v.pid() == s.pid()) {
            fx.add(new Close(s.reason()));
        }
        fx.add(new Reevaluate());
        return new Transition(v.running() && v.pid() != s.pid() ? AppPhase.UP : AppPhase.DOWN, fx);
    }
}
