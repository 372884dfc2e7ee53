package dev.patrol.domain.engine;

import dev.patrol.domain.config.ServiceCommands;
import dev.patrol.ports.config.ServiceConfig;
import dev.patrol.ports.hooks.TriggerEvent.Kind;
import dev.patrol.ports.service.ServiceCommand;
import dev.patrol.ports.service.ServiceOperation;
import dev.patrol.ports.service.ServiceOutcome;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The service side of supervision (spec §4.3 with product.md F10): each tick asks for the
 * status; the answer decides between restart, stop, start or nothing. Commands run off the
 * engine thread, one at a time per service; their outcomes come back as events.
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
        services.values().forEach(this::checkStatus);
    }

    /** After an API toggle: check now rather than at the next tick. */
    void react(ServiceUnit u) {
        if (ctx.running()) {
            checkStatus(u);
        }
    }

    private void checkStatus(ServiceUnit u) {
        if (ctx.running() && u.inFlight == null) {
            run(u, ServiceOperation.STATUS);
        }
    }

    private void run(ServiceUnit u, ServiceOperation op) {
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

    /** A command's outcome, back on the engine thread; ignored once the service was removed. */
    void finished(ServiceUnit u, int seq, ServiceOperation op, ServiceOutcome outcome) {
        if (u.opSeq != seq || services.get(u.id) != u) {
            return;
        }
        u.inFlight = null;
        boolean ok = succeeded(u.cfg, op, outcome);
        if (!ok && op == ServiceOperation.STATUS && outcome.kind() == ServiceOutcome.Kind.EXITED) {
            ctx.ports.log().info(u.label() + " is not running (status " + describe(outcome) + ")");
        } else if (!ok) {
            ctx.ports.log().warn(u.label() + " " + op.defaultVerb() + " failed: " + describe(outcome));
        }
        switch (op) {
            case STATUS -> afterStatus(u, ok);
            case START -> {
                if (ok) {
                    ctx.open(u);
                    ctx.ports.log().info(u.label() + " started instance=" + u.state().instanceId());
                    ctx.trigger(Kind.STARTED, u, null);
                } else {
                    ctx.trigger(Kind.START_FAILED, u, null);
                }
            }
            case STOP -> {
                if (ok) {
                    ctx.close(u, CloseReason.NONE);
                }
            }
            case RESTART -> {
                if (ok) {
                    ctx.close(u, CloseReason.NONE); // the record keeps restart: true
                }
                u.tracked.update(s -> s.withRestart(false));
            }
        }
    }

    private void afterStatus(ServiceUnit u, boolean running) {
        if (running) {
            if (!u.state().running()) {
                ctx.open(u);
                ctx.ports.log().info(u.label() + " found running instance=" + u.state().instanceId());
                ctx.trigger(Kind.STARTED, u, null);
            } else {
                ctx.seen(u);
            }
            ctx.trigger(Kind.RUNNING, u, null);
            if (u.state().restart()) {
                run(u, ServiceOperation.RESTART);
            } else if (u.state().disabled()) {
                run(u, ServiceOperation.STOP);
            }
            return;
        }
        ctx.close(u, CloseReason.NONE);
        if (u.state().disabled()) {
            ctx.trigger(Kind.DISABLED, u, null);
            return;
        }
        ctx.trigger(Kind.START, u, null);
        run(u, ServiceOperation.START);
    }

    /** Exit 0, or a code listed for that operation; a timeout or a failure to run never is. */
    static boolean succeeded(ServiceConfig cfg, ServiceOperation op, ServiceOutcome o) {
        if (o.kind() != ServiceOutcome.Kind.EXITED) {
            return false;
        }
        if (o.exitCode() == 0) {
            return true;
        }
        List<Integer> ignore = switch (op) {
            case START -> cfg.ignoreExitCodesStart();
            case STATUS -> cfg.ignoreExitCodesStatus();
            case STOP -> cfg.ignoreExitCodesStop();
            case RESTART -> cfg.ignoreExitCodesRestart();
        };
        return ignore.contains(o.exitCode());
    }

    private static String describe(ServiceOutcome o) {
        return switch (o.kind()) {
            case EXITED -> "exit code " + o.exitCode();
            case NOT_RUN -> "could not run: " + o.detail();
            case TIMED_OUT -> "timed out" + (o.detail().isEmpty() ? "" : ": " + o.detail());
        };
    }
}
