package dev.patrol.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `status [--json]`: every app and service of every daemon in one table (a HOST column when
 * there are several). An unreachable daemon is one line on stderr and exit 3, after the rest.
 */
@Command(name = "status", description = "Show apps and services: state, PID, uptime, restarts, CPU, memory, last exit.")
final class StatusCommand extends Sub {
    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
        Terminal t = terminal();
        List<Http> hosts = daemons().all();
        List<StatusFetch.Result> results = fetchAll(hosts);
        Instant now = Instant.now();
        boolean several = hosts.size() > 1;
        if (json) {
            t.out().print(Json.encode(jsonOf(results, now, several)));
        } else {
            table(results, now, several).print(t.out(), t.colour());
        }
        int code = ExitCodes.OK;
        for (StatusFetch.Result r : results) {
            if (r.failure() != null) {
                t.err().println("patrolctl: " + r.failure().getMessage());
                code = Math.max(code, r.failure().exitCode());
            }
        }
        return code;
    }

    /** One thread per daemon, so a slow or dead host costs its timeout once, not per host. */
    private static List<StatusFetch.Result> fetchAll(List<Http> hosts) throws InterruptedException {
        if (hosts.size() == 1) {
            return List.of(StatusFetch.fetch(hosts.get(0)));
        }
        StatusFetch.Result[] results = new StatusFetch.Result[hosts.size()];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            int n = i;
            Thread th = new Thread(() -> results[n] = StatusFetch.fetch(hosts.get(n)), "status-" + n);
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) {
            th.join();
        }
        return List.of(results);
    }

    private static Table table(List<StatusFetch.Result> results, Instant now, boolean several) {
        List<String> header = new ArrayList<>(List.of("ID", "STATE", "PID", "UPTIME", "RESTARTS", "CPU", "MEM", "LAST EXIT"));
        if (several) {
            header.add(0, "HOST");
        }
        Table table = new Table(header);
        for (StatusFetch.Result r : results) {
            for (StatusRow row : r.rows()) {
                List<Table.Cell> cells = new ArrayList<>(List.of(Table.plain(row.label()),
                        new Table.Cell(row.s().state(), colour(row.s())), Table.plain(row.pid()),
                        Table.plain(row.uptime(now)), Table.plain(Integer.toString(row.s().restarts())),
                        Table.plain(row.cpu()), Table.plain(row.memory()), Table.plain(row.lastExit())));
                if (several) {
                    cells.add(0, Table.plain(hostName(row.host())));
                }
                table.add(cells);
            }
        }
        return table;
    }

    /** Green running, yellow on the way down, red stopped while enabled, dim when disabled. */
    private static String colour(Snapshot s) {
        if (s.running()) {
            return s.disabled() ? "33" : "32";
        }
        return s.disabled() ? "2" : "31";
    }

    private static String hostName(String url) {
        return url.replaceFirst("^https?://", "");
    }

    private static Map<String, Object> jsonOf(List<StatusFetch.Result> results, Instant now, boolean several) {
        List<Object> daemons = new ArrayList<>();
        List<Object> apps = new ArrayList<>();
        List<Object> services = new ArrayList<>();
        for (StatusFetch.Result r : results) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("url", r.host());
            d.put("reachable", r.failure() == null || r.failure().exitCode() != ExitCodes.UNREACHABLE);
            d.put("error", r.failure() == null ? null : r.failure().getMessage());
            daemons.add(d);
            for (StatusRow row : r.rows()) {
                (row.isApp() ? apps : services).add(row.json(now, several));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("daemons", daemons);
        m.put("apps", apps);
        m.put("services", services);
        return m;
    }
}
