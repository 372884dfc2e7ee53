package dev.patrol.domain.engine;

import dev.patrol.domain.config.LaunchPlans;
import dev.patrol.domain.state.ObjectState;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.hooks.TriggerEvent.Kind;
import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchException;
import dev.patrol.ports.process.LaunchSpec;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.Signal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The app side of supervision: evaluating one app (the per-app tick of spec §3.5 with the
 * fixes of product.md F1–F9), launching and exits. Liveness and pings live in
 * {@link AppLiveness}, the restart policy in {@link Respawns}, the stop sequence in
 * {@link StopSequences}.
 */
final class AppSupervision {
    static final int TICK_SLICE = 32;
    /**
     * A slice also ends once it has run this long: a cold launch at start-up takes 1–3 ms.
     * 5 ms made /status/ polls during 500 launches slow the launches down (measured).
     */
    static final long SLICE_BUDGET_NANOS = 20_000_000;

    private final Context ctx;
    private final Map<String, AppUnit> apps;
    private final Consumer<Runnable> post;
    private final SignalGuard guard;
    private final PidChecks pids;
    private final StopSequences stops;
    private final Respawns respawns;
    private final AppLiveness liveness;
    /** Apps removed by a reload whose launched process has not exited yet. */
    private final Set<AppUnit> retired = new HashSet<>();

    AppSupervision(Context ctx, Map<String, AppUnit> apps, Consumer<Runnable> post) {
        this.ctx = ctx;
        this.apps = apps;
        this.post = post;
        this.guard = new SignalGuard(ctx);
        this.pids = new PidChecks(ctx, guard);
        this.stops = new StopSequences(ctx, pids, guard, this::evaluate);
        this.respawns = new Respawns(ctx, this::evaluate);
        this.liveness = new AppLiveness(ctx, pids, guard, stops, respawns, this::evaluate);
    }

    /**
     * Evaluates every app, {@link #TICK_SLICE} at a time or for {@link #SLICE_BUDGET_NANOS},
     * whichever ends first: the rest goes back on the engine queue, so that with hundreds of
     * apps to launch at start-up an API request or an exit waits for one short slice, not for
     * every launch (issue #6).
     */
    void tick() {
        tickFrom(List.copyOf(apps.values()), 0);
    }

    private void tickFrom(List<AppUnit> units, int from) {
        long started = ctx.nanos();
        int next = from;
        while (next < units.size() && next - from < TICK_SLICE) {
            AppUnit u = units.get(next++);
            if (apps.get(u.id) == u) { // a reload between slices may have replaced or removed it
                evaluate(u, true);
            }
            if (ctx.nanos() - started >= SLICE_BUDGET_NANOS) {
                break;
            }
        }
        if (next < units.size()) {
            int rest = next;
            post.accept(() -> tickFrom(units, rest));
        }
    }

    /** After an API change: act on it now instead of at the next tick. */
    void react(AppUnit u) {
        if (ctx.running()) {
            evaluate(u, false);
        }
    }

    void evaluate(AppUnit u) {
        evaluate(u, false);
    }

    private void evaluate(AppUnit u, boolean fromTick) {
        if (!ctx.running() || ctx.shutdown || u.retired) {
            return;
        }
        boolean running = liveness.liveness(u);
        ObjectState s = u.state();
        if (running) {
            if (fromTick) {
                ctx.trigger(Kind.RUNNING, u, null);
            }
            if (s.restart()) {
                requestRestart(u);
            } else if (s.disabled()) {
                stops.begin(u, "");
            }
            return;
        }
        if (s.disabled()) {
            if (fromTick) {
                ctx.trigger(Kind.DISABLED, u, null);
            }
            return;
        }
        if (u.stop != null || ctx.timers.armed(u.timer("respawn"))) {
            return; // an old process is still being stopped (F6), or a backoff is pending
        }
        if (u.child != null) {
            stops.begin(u, "orphaned"); // our launcher outlived its instance (e.g. an expired ping)
            return;
        }
        if (u.cfg.isPingable() && inPingGrace(u)) {
            return;
        }
        launch(u);
    }

    /** F8: HTTP/UDP apps get 2 × ping-timeout after daemon start to ping in before a launch. */
    private boolean inPingGrace(AppUnit u) {
        long graceEnd = ctx.loopStartedNanos + 2 * Duration.ofSeconds(ctx.config.pingTimeout()).toNanos();
        if (ctx.nanos() - graceEnd > 0) {
            return false;
        }
        ctx.timers.arm(u.timer("grace"), graceEnd + 1, () -> evaluate(u));
        return true;
    }

    /** SIGUSR2 once a PID is known; until then the flag stays set (F9). */
    private void requestRestart(AppUnit u) {
        long pid = u.signalPid();
        if (pid <= 0) {
            return;
        }
        String refused = guard.refusal(u, pid);
        if (refused != null) {
            ctx.ports.log().warn(u.label() + " restart not sent: will not signal pid=" + pid + ": " + refused);
            u.tracked.update(s -> s.withRestart(false)); // no signal can ever reach it
            return;
        }
        ctx.ports.signaller().signal(pid, Signal.USR2);
        u.restartSignalled = true;
        ctx.ports.log().info(u.label() + " restart requested, sent SIGUSR2 pid=" + pid);
        u.tracked.update(s -> s.withRestart(false));
    }

    /** A ping (spec §6.3 step 2): its PID checked, then the app evaluated. */
    void ping(AppUnit u, long pid) {
        liveness.ping(u, pid);
        if (ctx.running()) {
            evaluate(u); // re-arms the expiry timer; stops a disabled app that pinged in
        }
    }

    private void launch(AppUnit u) {
        Instant now = ctx.now();
        u.tracked.update(s -> s.withRestart(false).withRunOnceConsumed(s.runOnceConsumed() || s.runOnce()));
        ctx.trigger(Kind.START, u, null);
        LaunchSpec spec = LaunchPlans.plan(u.id, u.cfg, ctx.config, now, ctx.options.zone(),
                ctx.options.parentEnvironment(), ctx.options.hooks().extraArgs(u.id),
                ctx.options.hooks().extraEnv(u.id));
        LaunchedProcess p;
        try {
            p = ctx.ports.launcher().launch(spec);
        } catch (LaunchException | RuntimeException e) {
            ctx.trigger(Kind.START_FAILED, u, null);
            afterFailure(u, null, 0, "unable to spawn " + u.label() + ": " + e.getMessage());
            return;
        }
        int seq = ++u.launchSeq;
        u.restartSignalled = false;
        ctx.open(u);
        String instance = u.state().instanceId();
        u.tracked.update(s -> s.withStartedLog(now).withPid(u.pidPatrol() ? p.pid() : 0));
        u.child = new AppUnit.Child(p.pid(), p.startTime(), ctx.nanos(), instance, seq);
        u.lastLaunchedPid = p.pid();
        ctx.ports.log().info(u.label() + " started pid=" + p.pid() + " instance=" + instance);
        p.exit().whenComplete((status, err) -> post.accept(() ->
                exited(u, seq, status != null ? status : ExitStatus.exited(255))));
        int timeout = u.cfg.executeTimeout();
        if (timeout > 0) {
            ctx.timers.arm(u.timer("execute"), ctx.nanos() + Duration.ofSeconds(timeout).toNanos(),
                    () -> stops.begin(u, "execute-timeout"));
        }
        if (u.cfg.isPingable()) {
            liveness.pingLiveness(u); // arms the expiry timer from `started`
        } else if (u.cfg.keepAlive() == AppConfig.KEEPALIVE_PID_APP) {
            ctx.timers.arm(u.timer("poll"), ctx.nanos() + AppLiveness.PID_POLL_NANOS, () -> evaluate(u));
        }
        ctx.trigger(Kind.STARTED, u, null);
    }

    /** The exit of a process Patrol launched (spec §3.6 with F1, F4). */
    void exited(AppUnit u, int seq, ExitStatus status) {
        if (u.child == null || u.child.seq() != seq) {
            return;
        }
        AppUnit.Child c = u.child;
        u.child = null;
        if (u.retired) {
            stops.finishedBy(u, c.pid());
            ctx.ports.signaller().signalGroup(c.pid(), Signal.KILL);
            retired.remove(u);
            ctx.ports.log().info(u.label() + " (removed) exited, pid=" + c.pid());
            return;
        }
        ctx.timers.cancel(u.timer("execute"));
        String stopReason = stops.finishedBy(u, c.pid());
        ObjectState s = u.state();
        boolean belongs = s.running() && s.instanceId().equals(c.instanceId())
                && (s.pid() == 0 || s.pid() == c.pid());
        if (stopReason != null || ctx.shutdown) {
            // F5: the leader is gone; whatever it left in its group goes too.
            ctx.ports.signaller().signalGroup(c.pid(), Signal.KILL);
        }
        if (!belongs || stopReason == null && !ctx.shutdown && liveness.daemonTookOver(u, c.pid())) {
            evaluate(u); // a forked daemon lives on under its own PID
            return;
        }
        u.tracked.update(st -> st.withExit(status.wireExitCode(), status.signal()));
        boolean restarting = u.restartSignalled;
        u.restartSignalled = false;
        if (stopReason != null || ctx.shutdown || restarting) {
            // Asked for (stop, restart, shutdown): not a failure for the restart policy.
            ctx.close(u, stopReason == null ? "" : stopReason);
            evaluate(u);
            return;
        }
        long ran = ctx.nanos() - c.launchedNanos();
        String how = status.bySignal() ? "signal=" + status.signal() : "code=" + status.code();
        afterFailure(u, status, ran, u.label() + " exited " + how + " after " + Respawns.seconds(ran));
    }

    /** Applies the restart policy after an exit (status != null) or a failed launch. */
    private void afterFailure(AppUnit u, ExitStatus status, long ran, String what) {
        if (respawns.apply(u, status, ran, what, status != null)) {
            evaluate(u);
        }
    }


    /** Graceful shutdown: the stop sequence for what Patrol launched, SIGUSR1 for the rest. */
    void shutdown() {
        for (AppUnit u : apps.values()) {
            ctx.timers.cancel(u.timer("respawn"));
            if (u.child != null) {
                stops.begin(u, "");
            } else if (u.state().running() && u.state().pid() > 0 && pids.stillOurs(u, u.state().pid())
                    && guard.proven(u, u.state().pid())) {
                ctx.ports.signaller().signal(u.state().pid(), Signal.USR1);
            }
            ctx.trigger(Kind.SHUTDOWN, u, null);
        }
    }

    boolean hasChildren() {
        return !retired.isEmpty() || apps.values().stream().anyMatch(u -> u.child != null);
    }

    /** A reload changed this app's config: a process Patrol launched restarts with it. */
    void reconfigure(AppUnit u, AppConfig cfg) {
        boolean disabledChanged = u.cfg.disabled() != cfg.disabled();
        u.cfg = cfg;
        if (disabledChanged) {
            u.tracked.update(s -> s.withDisabled(cfg.disabled()));
        }
        u.fastFailures = 0;
        ctx.timers.cancel(u.timer("respawn"));
        if (u.child != null) {
            stops.begin(u, "reload"); // relaunched with the new config once it has exited
        } else {
            react(u);
        }
    }

    /** A reload removed this app: stop what Patrol launched, never launch it again. */
    void retire(AppUnit u) {
        u.retired = true;
        for (String kind : new String[] {"respawn", "grace", "poll", "ping", "execute"}) {
            ctx.timers.cancel(u.timer(kind));
        }
        if (u.child != null) {
            retired.add(u);
            stops.begin(u, "removed");
        }
    }

}
