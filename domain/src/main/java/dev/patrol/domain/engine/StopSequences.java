package dev.patrol.domain.engine;

import dev.patrol.domain.config.EffectiveAppPolicy;
import dev.patrol.ports.process.Liveness;
import dev.patrol.ports.process.Signal;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The stop sequence (product.md A2): SIGUSR1 to the process, then after `stop-timeout`
 * SIGTERM, then after another `stop-timeout` SIGKILL — to the whole group when Patrol
 * launched it (F5), else to the PID alone. A process Patrol launched reports its own exit;
 * any other one is probed until it is gone.
 */
final class StopSequences {
    static final long CHECK_NANOS = Duration.ofSeconds(1).toNanos();

    private final Context ctx;
    private final PidChecks pids;
    private final SignalGuard guard;
    private final Consumer<AppUnit> afterStop;

    StopSequences(Context ctx, PidChecks pids, SignalGuard guard, Consumer<AppUnit> afterStop) {
        this.ctx = ctx;
        this.pids = pids;
        this.guard = guard;
        this.afterStop = afterStop;
    }

    /** Stops whatever the app runs now (known PID, else the launched child). */
    void begin(AppUnit u, String reason) {
        long pid = u.signalPid();
        if (pid > 0) {
            beginPid(u, pid, reason);
        }
    }

    void beginPid(AppUnit u, long pid, String reason) {
        if (u.stop != null) {
            return;
        }
        boolean group = u.child != null && u.child.pid() == pid;
        long start = group ? u.child.startTime() : pids.startTimeOf(u, pid);
        String refused = group ? null : guard.refusal(u, pid);
        if (refused != null) {
            refuse(u, pid, start, refused);
            return;
        }
        u.stop = new AppUnit.Stop(pid, group, reason, start);
        ctx.ports.signaller().signal(pid, Signal.USR1);
        ctx.ports.log().info(u.label() + " stopping pid=" + pid + ", sent SIGUSR1"
                + (reason.isEmpty() ? "" : " reason=" + reason));
        ctx.timers.arm(u.timer("term"), ctx.nanos() + stopTimeout(u), () -> escalate(u, Signal.TERM));
    }

    /**
     * A8: a process nothing proves to be the app's is never signalled. The instance that tracked
     * it closes, and the process is never adopted again (said once).
     */
    private void refuse(AppUnit u, long pid, long start, String why) {
        u.unproven = new AppUnit.Adopted(pid, start, "", false);
        ctx.ports.log().warn(u.label() + " will not signal pid=" + pid + ": " + why
                + "; its instance closes and the process is left alone");
        if (u.state().running() && u.state().pid() == pid) {
            ctx.close(u, "pid-unproven");
        }
    }

    private void escalate(AppUnit u, Signal signal) {
        AppUnit.Stop s = u.stop;
        if (s == null) {
            return;
        }
        if (!s.group() && gone(s)) {
            finish(u);
            return;
        }
        if (s.group()) {
            ctx.ports.signaller().signalGroup(s.pid(), signal);
        } else {
            ctx.ports.signaller().signal(s.pid(), signal);
        }
        ctx.ports.log().warn(u.label() + " did not stop, sent SIG" + signal + " to "
                + (s.group() ? "group " : "pid ") + s.pid());
        if (signal == Signal.TERM) {
            ctx.timers.arm(u.timer("kill"), ctx.nanos() + stopTimeout(u), () -> escalate(u, Signal.KILL));
        } else if (!s.group()) {
            ctx.timers.arm(u.timer("check"), ctx.nanos() + CHECK_NANOS, () -> check(u));
        }
    }

    private void check(AppUnit u) {
        AppUnit.Stop s = u.stop;
        if (s == null) {
            return;
        }
        if (gone(s)) {
            finish(u);
        } else {
            ctx.timers.arm(u.timer("check"), ctx.nanos() + CHECK_NANOS, () -> check(u));
        }
    }

    /** Dead, or its PID now names another process, which must never get our signals (F3). */
    private boolean gone(AppUnit.Stop s) {
        return ctx.ports.probe().probe(s.pid()) == Liveness.DEAD
                || PidChecks.changed(s.startTime(), ctx.ports.probe().startTime(s.pid()));
    }

    /** A process Patrol did not launch is gone: its instance (if still open) closes with the stop's reason. */
    private void finish(AppUnit u) {
        AppUnit.Stop s = u.stop;
        cancel(u);
        if (u.state().running() && u.state().pid() == s.pid()) {
            ctx.close(u, s.reason());
        }
        afterStop.accept(u);
    }

    /** The launched child `pid` exited: ends a stop aimed at it; returns its reason or null. */
    String finishedBy(AppUnit u, long pid) {
        AppUnit.Stop s = u.stop;
        if (s == null || s.pid() != pid) {
            return null;
        }
        cancel(u);
        return s.reason();
    }

    private void cancel(AppUnit u) {
        u.stop = null;
        ctx.timers.cancel(u.timer("term"));
        ctx.timers.cancel(u.timer("kill"));
        ctx.timers.cancel(u.timer("check"));
    }

    private static long stopTimeout(AppUnit u) {
        return Duration.ofSeconds(EffectiveAppPolicy.of(u.cfg).stopTimeoutSeconds()).toNanos();
    }
}
