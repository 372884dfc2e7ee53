package dev.patrol.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `history ID [--json]`: the object's closed instances, oldest first (spec §6.6). */
@Command(name = "history", description = "Show the past instances of an app or service, oldest first.")
final class HistoryCommand extends Sub {
    @Parameters(index = "0", paramLabel = "ID", description = "ID or app/ID for an app, service/ID for a service.")
    String target;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Override
    public Integer call() {
        Target t = Target.parse(target);
        Snapshot s = new Api(daemons().one("history"), t).read();
        Terminal term = terminal();
        if (json) {
            List<Object> out = new ArrayList<>();
            s.history().forEach(p -> out.add(jsonOf(p, t.isApp())));
            term.out().print(Json.encode(out));
            return ExitCodes.OK;
        }
        if (s.history().isEmpty()) {
            term.out().println(t + ": no past instances");
            return ExitCodes.OK;
        }
        Table table = new Table(List.of("INSTANCE", "PID", "STARTED", "STOPPED", "RAN", "EXIT"));
        for (Snapshot.Past p : s.history()) {
            table.add(List.of(Table.plain(p.instanceId().isEmpty() ? "-" : p.instanceId().substring(0, Math.min(8, p.instanceId().length()))),
                    Table.plain(p.pid() > 0 ? Long.toString(p.pid()) : "-"), Table.plain(Times.show(p.started())),
                    Table.plain(Times.show(p.stopped())), Table.plain(ran(p)), Table.plain(p.exit(t.isApp()))));
        }
        table.print(term.out(), term.colour());
        return ExitCodes.OK;
    }

    private static String ran(Snapshot.Past p) {
        Instant a = Times.parse(p.started());
        Instant b = Times.parse(p.stopped());
        return a == null || b == null ? "-" : Times.duration(Duration.between(a, b));
    }

    private static Map<String, Object> jsonOf(Snapshot.Past p, boolean app) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instance-id", p.instanceId());
        m.put("pid", app ? p.pid() : null);
        m.put("started", p.started());
        m.put("stopped", p.stopped());
        m.put("exit-code", app ? p.exitCode() : null);
        m.put("signal", p.signal() > 0 ? p.signal() : null);
        m.put("reason", p.reason().isEmpty() ? null : p.reason());
        m.put("run-once", p.runOnce());
        return m;
    }
}
