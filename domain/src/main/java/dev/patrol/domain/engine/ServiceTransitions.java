package dev.patrol.domain.engine;

import dev.patrol.domain.engine.ServiceEffect.ClearRestart;
import dev.patrol.domain.engine.ServiceEffect.Close;
import dev.patrol.domain.engine.ServiceEffect.Idle;
import dev.patrol.domain.engine.ServiceEffect.Log;
import dev.patrol.domain.engine.ServiceEffect.Open;
import dev.patrol.domain.engine.ServiceEffect.Run;
import dev.patrol.domain.engine.ServiceEffect.Seen;
import dev.patrol.domain.engine.ServiceEffect.Trigger;
import dev.patrol.ports.config.ServiceConfig;
import dev.patrol.ports.hooks.TriggerEvent.Kind;
import dev.patrol.ports.service.ServiceOperation;
import dev.patrol.ports.service.ServiceOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The service state table (spec §4.3 with product.md F10), pure: each check asks for the status;
 * its outcome decides between restart, stop, start or nothing. One command at a time.
 */
final class ServiceTransitions {
    private ServiceTransitions() {
    }

    static ServiceTransition on(ServiceView v, ServiceEvent e) {
        return switch (e.kind()) {
            case CHECK -> check(v);
            case FINISHED -> finished(v, (ServiceEvent.Finished) e);
        };
    }

    private static ServiceTransition check(ServiceView v) {
        List<ServiceEffect> fx = new ArrayList<>();
        switch (v.phase()) {
            case DOWN, UP, HELD -> {
                if (!v.loopRunning()) {
                    return new ServiceTransition(v.phase(), fx); // idle -> idle: the loop has not started
                }
                fx.add(new Run(ServiceOperation.STATUS));
                return new ServiceTransition(ServicePhase.CHECKING, fx); // idle -> CHECKING: ask for the status
            }
            case CHECKING, STARTING, STOPPING, RESTARTING -> {
                return new ServiceTransition(v.phase(), fx); // busy -> busy: one command at a time
            }
        }
        throw new IllegalStateException(v.phase().toString());
    }

    private static ServiceTransition finished(ServiceView v, ServiceEvent.Finished e) {
        List<ServiceEffect> fx = new ArrayList<>();
        if (v.opSeq() != e.seq() || !e.current()) {
            return new ServiceTransition(v.phase(), fx); // any -> same: an earlier command, or a removed service
        }
        fx.add(new Idle());
        boolean ok = succeeded(v.cfg(), e.op(), e.outcome());
        if (!ok && e.op() == ServiceOperation.STATUS && e.outcome().kind() == ServiceOutcome.Kind.EXITED) {
            fx.add(new Log(false, v.label() + " is not running (status " + describe(e.outcome()) + ")", false));
        } else if (!ok) {
            fx.add(new Log(true, v.label() + " " + e.op().defaultVerb() + " failed: " + describe(e.outcome()), false));
        }
        boolean running = v.state().running();
        switch (e.op()) {
            case STATUS -> {
                return ok ? running(v, fx) : notRunning(v, fx);
            }
            case START -> {
                if (!ok) {
                    fx.add(new Trigger(Kind.START_FAILED));
                    return new ServiceTransition(idle(v, running), fx); // STARTING -> DOWN: the next check retries
                }
                fx.add(new Open());
                fx.add(new Log(false, v.label() + " started instance=", true));
                fx.add(new Trigger(Kind.STARTED));
                return new ServiceTransition(ServicePhase.UP, fx); // STARTING -> UP
            }
            case STOP -> {
                if (ok) {
                    fx.add(new Close());
                }
                return new ServiceTransition(idle(v, running && !ok), fx); // STOPPING -> HELD (or UP if it failed)
            }
            case RESTART -> {
                if (ok) {
                    fx.add(new Close()); // the record keeps restart: true
                }
                fx.add(new ClearRestart());
                return new ServiceTransition(idle(v, running && !ok), fx); // RESTARTING -> DOWN, then the next check
            }
        }
        throw new IllegalStateException(e.op().toString());
    }

    /** CHECKING -> UP: open or refresh the instance, then restart if asked, else stop if disabled. */
    private static ServiceTransition running(ServiceView v, List<ServiceEffect> fx) {
        if (!v.state().running()) {
            fx.add(new Open());
            fx.add(new Log(false, v.label() + " found running instance=", true));
            fx.add(new Trigger(Kind.STARTED));
        } else {
            fx.add(new Seen());
        }
        fx.add(new Trigger(Kind.RUNNING));
        if (v.state().restart()) {
            fx.add(new Run(ServiceOperation.RESTART));
            return new ServiceTransition(ServicePhase.RESTARTING, fx); // CHECKING -> RESTARTING: the restart toggle
        }
        if (v.state().disabled()) {
            fx.add(new Run(ServiceOperation.STOP));
            return new ServiceTransition(ServicePhase.STOPPING, fx); // CHECKING -> STOPPING: disabled
        }
        return new ServiceTransition(ServicePhase.UP, fx);
    }

    /** CHECKING -> STARTING (or HELD): close the instance, then start unless disabled. */
    private static ServiceTransition notRunning(ServiceView v, List<ServiceEffect> fx) {
        fx.add(new Close());
        if (v.state().disabled()) {
            fx.add(new Trigger(Kind.DISABLED));
            return new ServiceTransition(ServicePhase.HELD, fx);
        }
        fx.add(new Trigger(Kind.START));
        fx.add(new Run(ServiceOperation.START));
        return new ServiceTransition(ServicePhase.STARTING, fx);
    }

    private static ServicePhase idle(ServiceView v, boolean running) {
        return running ? ServicePhase.UP : v.state().disabled() ? ServicePhase.HELD : ServicePhase.DOWN;
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
