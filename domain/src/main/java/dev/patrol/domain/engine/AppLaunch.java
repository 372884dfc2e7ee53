package dev.patrol.domain.engine;

import dev.patrol.domain.config.LaunchPlans;
import dev.patrol.ports.hooks.TriggerEvent.Kind;
import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchException;
import dev.patrol.ports.process.LaunchSpec;
import dev.patrol.ports.process.LaunchedProcess;
import java.time.Instant;
import java.util.function.Consumer;

/** Carries out the {@link AppEffect.Launch} effect: the launch, and what a failed launch does, in one place. */
final class AppLaunch {
    private final Context ctx;
    private final AppEffects runner;
    private final Consumer<Runnable> post;

    AppLaunch(Context ctx, AppEffects runner, Consumer<Runnable> post) {
        this.ctx = ctx;
        this.runner = runner;
        this.post = post;
    }

    void launch(AppUnit u) {
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
            // DOWN -> DOWN, BACKOFF or HELD: a fast failure for the restart policy (AppTransitions).
            String error = String.valueOf(e.getMessage());
            runner.dispatch(u, new AppEvent.LaunchFailed(error, LaunchFaults.failed(ctx, u, error)));
            return;
        }
        LaunchFaults.succeeded(ctx, u);
        int seq = ++u.launchSeq;
        u.restartSignalled = false;
        ctx.open(u);
        String instance = u.state().instanceId();
        u.tracked.update(s -> s.withStartedLog(now).withPid(u.pidPatrol() ? p.pid() : 0));
        u.child = new AppUnit.Child(p.pid(), p.startTime(), ctx.nanos(), instance, seq);
        u.lastLaunchedPid = p.pid();
        ctx.ports.log().info(u.label() + " started pid=" + p.pid() + " instance=" + instance);
        p.exit().whenComplete((status, err) -> post.accept(() ->
                runner.exited(u, seq, status != null ? status : ExitStatus.exited(255))));
        runner.dispatch(u, new AppEvent.Launched());
    }
}
