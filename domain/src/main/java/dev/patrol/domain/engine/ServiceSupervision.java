package dev.patrol.domain.engine;

import dev.patrol.domain.config.ServiceCommands;
import dev.patrol.ports.service.ServiceCommand;
import dev.patrol.ports.service.ServiceOperation;
import dev.patrol.ports.service.ServiceOutcome;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The service side of supervision (spec §4.3 with product.md F10): entry points and the runner of
 * {@link ServiceTransitions}. Commands run off the engine thread, one at a time per service;
 * their outcomes come back as events.
 */
final class ServiceSupervision {
    private final Context ctx;
    private final Map<String, ServiceUnit> services;
    private final Consumer<Runnable> post;

    ServiceSupervision(Context ctx, Map<String, ServiceUnit> services, Consumer<Runnable> post) {
        this.ctx = ctx;
        this.services = services;
        this.post = post;
    }

    void tick() {
        services.values().forEach(this::react);
    }

    /** After an API toggle or a reload: check now rather than at the next tick. */
    void react(ServiceUnit u) {
        dispatch(u, new ServiceEvent.Check());
    }

    /** A command's outcome, back on the engine thread. */
    void finished(ServiceUnit u, int seq, ServiceOperation op, ServiceOutcome outcome) {
        dispatch(u, new ServiceEvent.Finished(seq, op, outcome, services.get(u.id) == u));
    }

    private void dispatch(ServiceUnit u, ServiceEvent e) {
        ServiceTransition t = ServiceTransitions.on(ServiceView.of(u, ctx), e);
        for (ServiceEffect fx : t.effects()) {
            run(u, fx);
        }
    }

    private void run(ServiceUnit u, ServiceEffect e) {
        if (e instanceof ServiceEffect.Run r) {
            command(u, r.op());
        } else if (e instanceof ServiceEffect.Idle) {
            u.inFlight = null;
        } else if (e instanceof ServiceEffect.Open) {
            ctx.open(u);
        } else if (e instanceof ServiceEffect.Seen) {
            ctx.seen(u);
        } else if (e instanceof ServiceEffect.Close) {
            ctx.close(u, CloseReason.NONE);
        } else if (e instanceof ServiceEffect.ClearRestart) {
            u.tracked.update(s -> s.withRestart(false));
        } else if (e instanceof ServiceEffect.Trigger t) {
            ctx.trigger(t.kind(), u, null);
        } else if (e instanceof ServiceEffect.Log l) {
            String line = l.withInstance() ? l.line() + u.state().instanceId() : l.line();
            if (l.warn()) {
                ctx.ports.log().warn(line);
            } else {
                ctx.ports.log().info(line);
            }
        }
    }

    private void command(ServiceUnit u, ServiceOperation op) {
        if (op == ServiceOperation.START) {
            u.tracked.update(s -> s.withRestart(false).withRunOnceConsumed(s.runOnceConsumed() || s.runOnce()));
        }
        ServiceCommand cmd = ServiceCommands.command(u.id, u.cfg, op);
        int seq = ++u.opSeq;
        u.inFlight = op;
        try {
            ctx.ports.services().run(cmd).whenComplete((outcome, err) -> post.accept(() ->
                    finished(u, seq, op, outcome != null ? outcome : ServiceOutcome.notRun(String.valueOf(err)))));
        } catch (RuntimeException e) {
            finished(u, seq, op, ServiceOutcome.notRun(e.toString()));
        }
    }
}
