package dev.patrol.domain.engine;

import dev.patrol.domain.engine.AppEffect.ArmTimer;
import dev.patrol.domain.engine.AppEffect.BeginStop;
import dev.patrol.domain.engine.AppEffect.CancelTimer;
import dev.patrol.domain.engine.AppEffect.Close;
import dev.patrol.domain.engine.AppEffect.Log;
import dev.patrol.domain.engine.AppEffect.Note;
import dev.patrol.domain.engine.AppEffect.OpenWithPid;
import dev.patrol.domain.engine.AppEffect.SendSignal;
import dev.patrol.domain.engine.AppEffect.SetDisabled;
import dev.patrol.domain.engine.AppEffect.SetFastFailures;
import dev.patrol.domain.engine.AppEffect.Trigger;
import java.util.List;
import java.util.stream.Collectors;

/** Renders the app state table from {@link AppTransitions} itself, row by row, as docs/ENGINE.md shows it. */
final class AppTable {
    /** One row: a situation (`when`), the view it gives, and the event. */
    record Row(String when, AppView view, AppEvent event) {
        Transition transition() {
            return AppTransitions.on(view, event);
        }

        /** `| from | event | when | to | effects |`, all but `when` computed by the code. */
        String render() {
            Transition t = transition();
            String fx = t.effects().isEmpty() ? "none" : t.effects().stream()
                    .map(e -> effect(e, view.loop().now())).collect(Collectors.joining(", "));
            return "| " + view.phase() + " | " + event.kind() + " | " + when + " | " + t.next() + " | " + fx + " |";
        }

        @Override
        public String toString() {
            return view.phase() + " " + event.kind() + ": " + when;
        }
    }

    static final String HEADER = "| from | event | when | to | effects |\n|---|---|---|---|---|\n";

    private AppTable() {
    }

    static String render(List<Row> rows) {
        return HEADER + rows.stream().map(Row::render).collect(Collectors.joining("\n")) + "\n";
    }

    /** An effect with the arguments that matter for the table; deadlines relative to the view's now. */
    static String effect(AppEffect e, long now) {
        String name = e.getClass().getSimpleName();
        if (e instanceof ArmTimer a) {
            return "Arm(" + a.timer() + " " + delay(a.deadline() - now) + ")";
        } else if (e instanceof CancelTimer c) {
            return "Cancel(" + c.timer() + ")";
        } else if (e instanceof Close c) {
            return "Close(" + reason(c.reason()) + ")";
        } else if (e instanceof Note n) {
            return "Note(" + reason(n.reason()) + ")";
        } else if (e instanceof BeginStop b) {
            return "BeginStop(" + reason(b.reason()) + ")";
        } else if (e instanceof SendSignal s) {
            return (s.group() ? "SignalGroup(" : "Signal(") + s.signal() + ")";
        } else if (e instanceof Trigger t) {
            return "Trigger(" + t.kind() + ")";
        } else if (e instanceof OpenWithPid o) {
            return "OpenWithPid(" + o.trigger() + ")";
        } else if (e instanceof Log l) {
            return switch (l.level()) { case DEBUG -> "Debug"; case INFO -> "Log"; case WARN -> "Warn"; };
        } else if (e instanceof SetDisabled d) {
            return "SetDisabled(" + d.disabled() + ")";
        } else if (e instanceof SetFastFailures f) {
            return "SetFastFailures(" + f.count() + ")";
        }
        return name;
    }

    private static String reason(CloseReason r) {
        return r == CloseReason.NONE ? "-" : r.wire();
    }

    private static String delay(long nanos) {
        long ms = nanos / 1_000_000;
        return ms % 1000 == 0 ? "+" + ms / 1000 + "s" : "+" + ms + "ms";
    }
}
