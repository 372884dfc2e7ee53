package dev.patrol.domain.engine;

import dev.patrol.domain.engine.AppEffect.ArmTimer;
import dev.patrol.domain.engine.AppEffect.BeginStop;
import dev.patrol.domain.engine.AppEffect.CancelTimer;
import dev.patrol.domain.engine.AppEffect.Close;
import dev.patrol.domain.engine.AppEffect.ForgetChild;
import dev.patrol.domain.engine.AppEffect.Log;
import dev.patrol.domain.engine.AppEffect.MarkRetired;
import dev.patrol.domain.engine.AppEffect.MarkUnproven;
import dev.patrol.domain.engine.AppEffect.Note;
import dev.patrol.domain.engine.AppEffect.OpenWithPid;
import dev.patrol.domain.engine.AppEffect.RequestRestart;
import dev.patrol.domain.engine.AppEffect.SendSignal;
import dev.patrol.domain.engine.AppEffect.SetConfig;
import dev.patrol.domain.engine.AppEffect.SetDisabled;
import dev.patrol.domain.engine.AppEffect.SetExit;
import dev.patrol.domain.engine.AppEffect.SetFastFailures;
import dev.patrol.domain.engine.AppEffect.SetPid;
import dev.patrol.domain.engine.AppEffect.SetStop;
import dev.patrol.domain.engine.AppEffect.Trigger;
import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.Signal;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The runner: makes the events (probing first), feeds them through {@link AppTransitions}, and
 * carries out the effects in order. With {@link AppLaunch} and the probes, the only app code that
 * touches the ports.
 */
final class AppEffects {
    private final Context ctx;
    private final PidChecks pids;
    private final SignalGuard guard;
    private final AppProbes probes;
    private final AppLaunch launch;
    /** Apps removed by a reload whose launched process has not exited yet. */
    private final Set<AppUnit> retired = new HashSet<>();

    AppEffects(Context ctx, Consumer<Runnable> post) {
        this.ctx = ctx;
        this.guard = new SignalGuard(ctx);
        this.pids = new PidChecks(ctx, guard);
        this.probes = new AppProbes(ctx, pids, guard);
        this.launch = new AppLaunch(ctx, this, post);
    }

    void dispatch(AppUnit u, AppEvent e) {
        dispatch(u, AppView.of(u, ctx), e);
    }

    private void dispatch(AppUnit u, AppView v, AppEvent e) {
        Transition t = AppTransitions.on(v, e);
        for (AppEffect fx : t.effects()) {
            run(u, fx);
        }
    }

    /** One evaluation: liveness probed and decided, then the phase decides (spec §3.5). */
    void evaluate(AppUnit u, boolean tick) {
        AppView v = AppView.of(u, ctx);
        if (!v.active()) {
            return;
        }
        AppEvent live = probes.liveness(u, v);
        if (live != null) {
            dispatch(u, live);
            v = AppView.of(u, ctx);
        }
        dispatch(u, v, new AppEvent.Decide(tick)); // nothing probed: the unit is as `v` saw it
    }

    void exited(AppUnit u, int seq, ExitStatus status) {
        AppView v = AppView.of(u, ctx);
        long takeover = ExitTransitions.mayBeTakenOver(v, seq) ? probes.takeover(u, u.child.pid()) : 0;
        dispatch(u, new AppEvent.Exited(seq, status, takeover));
    }

    void ping(AppUnit u, long pid) {
        dispatch(u, probes.pinged(u, pid));
    }

    void shutdown(AppUnit u) {
        dispatch(u, new AppEvent.Shutdown(probes.signalAdopted(u)));
    }

    boolean hasRetired() {
        return !retired.isEmpty();
    }

    private void fired(AppUnit u, TimerKind kind) {
        switch (kind) {
            case RESPAWN, GRACE, POLL, PING -> evaluate(u, false);
            case EXECUTE -> dispatch(u, new AppEvent.ExecuteTimeout());
            case TERM, KILL, CHECK -> dispatch(u, new AppEvent.StopTimer(kind, probes.stopGone(u)));
        }
    }

    private void run(AppUnit u, AppEffect e) {
        if (e instanceof AppEffect.Launch) {
            launch.launch(u);
        } else if (e instanceof SendSignal s) {
            signal(s);
        } else if (e instanceof BeginStop b) {
            dispatch(u, probes.stopProbed(u, b.pid(), b.reason()));
        } else if (e instanceof SetStop s) {
            u.stop = s.stop();
        } else if (e instanceof AppEffect.EndStop) {
            u.stop = null;
            for (TimerKind t : new TimerKind[] {TimerKind.TERM, TimerKind.KILL, TimerKind.CHECK}) {
                ctx.timers.cancel(u.timer(t));
            }
        } else if (e instanceof RequestRestart r) {
            requestRestart(u, r.pid());
        } else if (e instanceof ArmTimer a) {
            ctx.timers.arm(u.timer(a.timer()), a.deadline(), () -> fired(u, a.timer()));
        } else if (e instanceof CancelTimer c) {
            ctx.timers.cancel(u.timer(c.timer()));
        } else {
            record(u, e);
        }
    }

    /** The effects on the unit's own state and bookkeeping. */
    private void record(AppUnit u, AppEffect e) {
        if (e instanceof AppEffect.Open) {
            ctx.open(u);
        } else if (e instanceof OpenWithPid o) {
            ctx.open(u);
            u.tracked.update(s -> s.withPid(o.pid()));
            pids.remember(u);
            ctx.ports.log().info(u.label() + " started pid=" + o.pid() + " instance=" + u.state().instanceId());
            ctx.trigger(o.trigger(), u, null);
        } else if (e instanceof Close c) {
            ctx.close(u, c.reason());
        } else if (e instanceof Note n) {
            ctx.note(u, n.reason());
        } else if (e instanceof AppEffect.Seen) {
            ctx.seen(u);
        } else if (e instanceof SetPid p) {
            u.tracked.update(s -> s.withPid(p.pid()));
        } else if (e instanceof AppEffect.Remember) {
            pids.remember(u);
        } else if (e instanceof SetExit x) {
            u.tracked.update(s -> s.withExit(x.code(), x.signal()));
        } else if (e instanceof SetDisabled d) {
            u.tracked.update(s -> s.withDisabled(d.disabled()));
        } else if (e instanceof SetFastFailures f) {
            u.fastFailures = f.count();
        } else if (e instanceof ForgetChild f) {
            u.child = null;
            u.restartSignalled = u.restartSignalled && !f.clearRestartSignal();
        } else if (e instanceof MarkUnproven m) {
            u.unproven = new AppUnit.Adopted(m.pid(), m.startTime(), "", false);
        } else if (e instanceof SetConfig c) {
            u.cfg = c.cfg();
        } else if (e instanceof MarkRetired m) {
            u.retired = true;
            if (m.stopping()) {
                retired.add(u);
            }
        } else if (e instanceof AppEffect.ForgetRetired) {
            retired.remove(u);
        } else if (e instanceof Trigger t) {
            ctx.trigger(t.kind(), u, null);
        } else if (e instanceof Log l) {
            log(l);
        } else if (e instanceof AppEffect.Reevaluate) {
            evaluate(u, false);
        } else {
            throw new IllegalStateException("no runner for " + e);
        }
    }

    private void signal(SendSignal s) {
        if (s.group()) {
            ctx.ports.signaller().signalGroup(s.pid(), s.signal());
        } else {
            ctx.ports.signaller().signal(s.pid(), s.signal());
        }
    }

    /** SIGUSR2 once a PID is known (F9), never to a process nothing proves is the app's (A8). */
    private void requestRestart(AppUnit u, long pid) {
        String refused = guard.refusal(u, pid);
        if (refused != null) {
            ctx.ports.log().warn(u.label() + " restart not sent: will not signal pid=" + pid + ": " + refused);
        } else {
            ctx.ports.signaller().signal(pid, Signal.USR2);
            u.restartSignalled = true;
            ctx.ports.log().info(u.label() + " restart requested, sent SIGUSR2 pid=" + pid);
        }
        u.tracked.update(s -> s.withRestart(false)); // sent, or no signal can ever reach it
    }

    private void log(Log l) {
        switch (l.level()) {
            case DEBUG -> ctx.ports.log().debug(l.line());
            case INFO -> ctx.ports.log().info(l.line());
            case WARN -> ctx.ports.log().warn(l.line());
        }
    }
}
