package dev.patrol.domain.engine;

import dev.patrol.domain.engine.AppEffect.CancelTimer;
import dev.patrol.domain.engine.AppEffect.Close;
import dev.patrol.domain.engine.AppEffect.EndStop;
import dev.patrol.domain.engine.AppEffect.ForgetChild;
import dev.patrol.domain.engine.AppEffect.ForgetRetired;
import dev.patrol.domain.engine.AppEffect.Log;
import dev.patrol.domain.engine.AppEffect.Reevaluate;
import dev.patrol.domain.engine.AppEffect.SendSignal;
import dev.patrol.domain.engine.AppEffect.SetExit;
import dev.patrol.ports.process.Signal;
import java.util.ArrayList;
import java.util.List;

/** The rows for the exit of a process Patrol launched (spec §3.6 with product.md F1, F4, F5). */
final class ExitTransitions {
    private ExitTransitions() {
    }

    /** Whether the exit of launch `seq` is the one the unit waits for. */
    static boolean current(AppView v, int seq) {
        return v.child() != null && v.child().seq() == seq;
    }

    /** The stop aimed at the child, if any: its exit is what the stop asked for. */
    private static CloseReason stopReason(AppView v) {
        AppUnit.Stop s = v.stop();
        return s != null && s.pid() == v.child().pid() ? s.reason() : null;
    }

    /** The open instance is the child's (not one a ping or the PID file gave another process). */
    private static boolean belongs(AppView v) {
        AppUnit.Child c = v.child();
        return v.running() && v.state().instanceId().equals(c.instanceId()) && (v.pid() == 0 || v.pid() == c.pid());
    }

    /** F4: only an unasked-for exit of the instance's own child may hand the instance to a forked daemon. */
    static boolean mayBeTakenOver(AppView v, int seq) {
        return current(v, seq) && !v.retired() && belongs(v) && stopReason(v) == null && !v.loop().shutdown();
    }

    static Transition exited(AppView v, AppEvent.Exited e) {
        if (!current(v, e.seq())) {
            return Transition.stay(v); // any -> same: the exit of an earlier launch
        }
        AppUnit.Child c = v.child();
        List<AppEffect> fx = new ArrayList<>();
        CloseReason stopReason = stopReason(v);
        if (v.retired()) {
            fx.add(new ForgetChild(false));
            if (stopReason != null) {
                fx.add(new EndStop());
            }
            fx.add(new SendSignal(c.pid(), Signal.KILL, true));
            fx.add(new ForgetRetired());
            fx.add(new Log(false, v.label() + " (removed) exited, pid=" + c.pid()));
            return new Transition(AppPhase.DOWN, fx); // (removed) STOPPING -> gone
        }
        boolean belongs = belongs(v);
        fx.add(new ForgetChild(belongs && e.takeoverPid() == 0)); // a restart's SIGUSR2 is answered by this exit
        fx.add(new CancelTimer(TimerKind.EXECUTE));
        if (stopReason != null) {
            fx.add(new EndStop());
        }
        boolean shutdown = v.loop().shutdown();
        if (stopReason != null || shutdown) {
            fx.add(new SendSignal(c.pid(), Signal.KILL, true)); // F5: whatever the leader left in its group goes too
        }
        if (!belongs) {
            fx.add(new Reevaluate());
            return new Transition(v.running() ? AppPhase.UP : AppPhase.DOWN, fx); // UP -> UP: not the instance's process
        }
        if (e.takeoverPid() > 0) {
            LivenessTransitions.adopt(v, e.takeoverPid(), fx);
            fx.add(new Reevaluate());
            return new Transition(AppPhase.UP, fx); // UP -> UP: F4, a forked daemon owns the instance
        }
        fx.add(new SetExit(e.status().wireExitCode(), e.status().signal()));
        if (stopReason != null || shutdown || v.restartSignalled()) {
            // Asked for (stop, restart, shutdown): not a failure for the restart policy.
            fx.add(new Close(stopReason == null ? CloseReason.NONE : stopReason));
            fx.add(new Reevaluate());
            return new Transition(v.closed().disabled() ? AppPhase.HELD : AppPhase.DOWN, fx); // STOPPING -> DOWN
        }
        long ran = v.loop().now() - c.launchedNanos();
        String how = e.status().bySignal() ? "signal=" + e.status().signal() : "code=" + e.status().code();
        String what = v.label() + " exited " + how + " after " + RestartPolicy.seconds(ran);
        return new Transition(RestartPolicy.apply(v, e.status(), ran, what, true, true, AppEffect.Level.INFO, fx), fx); // UP -> DOWN, BACKOFF or HELD
    }
}
