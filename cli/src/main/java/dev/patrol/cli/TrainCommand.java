package dev.patrol.cli;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * Hidden: the run `bin/patrolctl` records its class-data-sharing archive from. It loads what a
 * `status` loads (HTTP client, JSON decoder, timestamps, table) without needing a daemon.
 */
@Command(name = "cds-training", hidden = true)
final class TrainCommand extends Sub {
    private static final String SAMPLE = "{\n\t\"instance-id\": \"x\",\n\t\"apps\": {\n\t\t\"web\": {\n"
            + "\t\t\t\"name\": \"web\",\n\t\t\t\"pid\": 42,\n\t\t\t\"started\": \"Wed, 18 Jul 2018 18:43:44 -0700\",\n"
            + "\t\t\t\"history\": [{\"instance-id\": \"y\", \"pid\": 41, \"started\": \"2018-07-18T18:43:44Z\","
            + " \"stopped\": \"2018-07-18T18:43:45Z\", \"exit-code\": 1, \"signal\": 9, \"reason\": \"r\"}],\n"
            + "\t\t\t\"keyvalue\": {\"a\": 1.5, \"b\": [true, null]},\n\t\t\t\"cas\": 7\n\t\t}\n\t}\n}\n";

    @Override
    public Integer call() {
        Terminal t = terminal();
        StatusFetch.Result unreachable = StatusFetch.fetch(new Http("http://127.0.0.1:1", ""));
        Snapshot s = Snapshot.of(Json.obj(Json.obj(Json.object(SAMPLE.getBytes(StandardCharsets.UTF_8), "sample"), "apps"), "web"));
        StatusRow row = new StatusRow("h", "app", "web", s, 1.5, 2048.0);
        Table table = new Table(List.of("ID", "STATE", "UPTIME", "LAST EXIT", "MEM"));
        table.add(List.of(Table.plain(row.label()), new Table.Cell(row.s().state(), "32"),
                Table.plain(row.uptime(Instant.now())), Table.plain(row.lastExit()), Table.plain(row.memory())));
        table.print(t.out(), true);
        t.out().println(Json.encode(row.json(Instant.now(), true)).length() + " " + s.state()
                + " " + (unreachable.failure() != null));
        return ExitCodes.OK;
    }
}
