package dev.patrol.domain.engine;

import dev.patrol.domain.state.ObjectState;
import dev.patrol.ports.config.ServiceConfig;
import dev.patrol.ports.service.ServiceOperation;
import dev.patrol.ports.service.ServiceOutcome;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The service state table's rows, rendered from {@link ServiceTransitions} as docs/ENGINE.md shows them. */
final class ServiceTable {
    /** One row: a situation (`when`), its view and the event. */
    record Row(String when, ServiceView view, ServiceEvent event) {
        ServiceTransition transition() {
            return ServiceTransitions.on(view, event);
        }

        String render() {
            ServiceTransition t = transition();
            String fx = t.effects().isEmpty() ? "none" : t.effects().stream().map(ServiceTable::effect)
                    .collect(Collectors.joining(", "));
            return "| " + view.phase() + " | " + event.kind() + " | " + when + " | " + t.next() + " | " + fx + " |";
        }

        @Override
        public String toString() {
            return view.phase() + " " + event.kind() + ": " + when;
        }
    }

    private static final ServiceConfig CFG = Fixtures.ssh().ignoreExitCodesStart(java.util.List.of(3)).build();
    private static final ObjectState DOWN = ObjectState.initial(false);
    private static final ObjectState UP = DOWN.withInstance("i1", Instant.EPOCH);

    private ServiceTable() {
    }

    static String render() {
        return AppTable.HEADER + rows().stream().map(Row::render).collect(Collectors.joining("\n")) + "\n";
    }

    private static Row row(String when, ObjectState s, ServiceOperation inFlight, boolean loop, ServiceEvent e) {
        return new Row(when, new ServiceView(ServicePhase.of(s, inFlight), "service svc", s, CFG, 1, loop), e);
    }

    private static ServiceEvent done(ServiceOperation op, ServiceOutcome o) {
        return new ServiceEvent.Finished(1, op, o, true);
    }

    private static ObjectState with(ObjectState s, UnaryOperator<ObjectState> change) {
        return change.apply(s);
    }

    static List<Row> rows() {
        ServiceOperation status = ServiceOperation.STATUS;
        ServiceOutcome ok = ServiceOutcome.exited(0);
        return List.of(
                row("a tick, an API toggle or a reload", DOWN, null, true, new ServiceEvent.Check()),
                row("before the loop starts", UP, null, false, new ServiceEvent.Check()),
                row("a command runs: one at a time", DOWN, status, true, new ServiceEvent.Check()),
                row("status succeeds, no instance yet", DOWN, status, true, done(status, ok)),
                row("status succeeds, the instance is open: lastseen", UP, status, true, done(status, ok)),
                row("running, the restart flag set", with(UP, s -> s.withRestart(true)), status, true, done(status, ok)),
                row("running, disabled", with(UP, s -> s.withDisabled(true)), status, true, done(status, ok)),
                row("not running (status exits non-zero)", UP, status, true, done(status, ServiceOutcome.exited(3))),
                row("not running, disabled", with(DOWN, s -> s.withDisabled(true)), status, true,
                        done(status, ServiceOutcome.exited(3))),
                row("a timeout or a failure to run never succeeds, whatever the ignore list says", DOWN, status, true,
                        done(status, ServiceOutcome.timedOut("10s"))),
                row("start exits 0, or with a code in its ignore list", DOWN, ServiceOperation.START, true,
                        done(ServiceOperation.START, ServiceOutcome.exited(3))),
                row("start fails: the next check tries again", DOWN, ServiceOperation.START, true,
                        done(ServiceOperation.START, ServiceOutcome.exited(1))),
                row("stop succeeds", with(UP, s -> s.withDisabled(true)), ServiceOperation.STOP, true,
                        done(ServiceOperation.STOP, ok)),
                row("restart succeeds: the record keeps restart: true", with(UP, s -> s.withRestart(true)),
                        ServiceOperation.RESTART, true, done(ServiceOperation.RESTART, ok)),
                row("an earlier command's outcome, or the service was removed", DOWN, status, true,
                        new ServiceEvent.Finished(1, status, ok, false)));
    }

    static String effect(ServiceEffect e) {
        if (e instanceof ServiceEffect.Run r) {
            return "Run(" + r.op() + ")";
        } else if (e instanceof ServiceEffect.Trigger t) {
            return "Trigger(" + t.kind() + ")";
        } else if (e instanceof ServiceEffect.Log l) {
            return l.warn() ? "Warn" : "Log";
        }
        return e.getClass().getSimpleName();
    }
}
