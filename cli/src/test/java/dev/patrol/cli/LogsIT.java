package dev.patrol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.testing.Await;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tail` (-n, --stderr, -f) and `history` against a real daemon's apps and logs. */
class LogsIT {
    @TempDir
    static Path dir;

    static TestDaemon daemon;

    @BeforeAll
    static void start() throws Exception {
        daemon = TestDaemon.withApps(dir, false);
        Await.until("web to have written 5 lines", () -> Ctl.run("--url", daemon.url, "tail", "web", "-n", "5").out(),
                out -> out.lines().count() == 5, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws Exception {
        daemon.close();
    }

    private static int lastNumber(String text, String prefix) {
        List<String> lines = text.lines().filter(l -> l.startsWith(prefix)).toList();
        return lines.isEmpty() ? 0 : Integer.parseInt(lines.get(lines.size() - 1).substring(prefix.length()));
    }

    @Test
    void givenAWritingApp_tailN_printsItsLastNConsecutiveLines() {
        Ctl.Run r = Ctl.run("--url", daemon.url, "tail", "web", "-n", "3");
        assertEquals(0, r.code(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        int first = Integer.parseInt(lines.get(0).substring("out ".length()));
        assertEquals(List.of("out " + first, "out " + (first + 1), "out " + (first + 2)), lines);

        Ctl.Run err = Ctl.run("--url", daemon.url, "tail", "web", "-n", "2", "--stderr");
        assertEquals(0, err.code(), err.toString());
        assertTrue(err.out().matches("err \\d+\nerr \\d+\n"), err.out());
    }

    @Test
    void givenAProtectedApp_tail_needsTheSecretInTheHeader() {
        Ctl.Run none = Ctl.run("--url", daemon.url, "tail", "locked");
        assertEquals(1, none.code(), none.toString());
        assertEquals("patrolctl: stdout of locked: Secret Invalid (HTTP 403)\n", none.err());
        Ctl.Run ok = Ctl.run(Map.of("PATROL_SECRET", TestApps.SECRET), "--url", daemon.url, "tail", "locked", "-n", "1");
        assertEquals(0, ok.code(), ok.toString());
        assertTrue(ok.out().matches("out \\d+\n"), ok.out());
    }

    @Test
    void givenFollow_tail_keepsPrintingNewLinesUntilInterrupted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(); // synchronized: read while written
        PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
        AtomicInteger code = new AtomicInteger(-1);
        Thread t = new Thread(() -> code.set(PatrolCtl.run(new String[] {"--url", daemon.url, "tail", "web", "-f", "-n", "2"},
                new Terminal(p, System.err, Map.of(), false))));
        t.start();
        int start = Await.until("the first two lines", () -> lastNumber(out.toString(StandardCharsets.UTF_8), "out "),
                n -> n > 0, Duration.ofSeconds(10));
        Await.until("lines written after the start, in order", () -> out.toString(StandardCharsets.UTF_8),
                text -> lastNumber(text, "out ") >= start + 10, Duration.ofSeconds(15));
        t.interrupt();
        t.join(5000);
        assertEquals(0, code.get());
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        int first = Integer.parseInt(lines.get(0).substring(4));
        for (int i = 0; i < lines.size(); i++) {
            assertEquals("out " + (first + i), lines.get(i), "no line lost or repeated:\n" + lines);
        }
    }

    @Test
    void givenFollow_tail_movesToTheNewFileWhenTheAppRestarts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
        AtomicInteger code = new AtomicInteger(-1);
        Thread t = new Thread(() -> code.set(PatrolCtl.run(new String[] {"--url", daemon.url, "tail", "web", "-f", "-n", "1"},
                new Terminal(p, System.err, Map.of(), false))));
        t.start();
        Await.until("the current instance's last line", () -> lastNumber(out.toString(StandardCharsets.UTF_8), "out "),
                n -> n > 0, Duration.ofSeconds(10));
        int mark = out.size();
        assertEquals(0, Ctl.run("--url", daemon.url, "restart", "web").code());
        String after = Await.until("the new instance's lines from its first", () -> out.toString(StandardCharsets.UTF_8).substring(mark),
                text -> text.contains("out 1\nout 2\nout 3\nout 4\nout 5\nout 6\nout 7\nout 8\nout 9\nout 10\nout 11\n"),
                Duration.ofSeconds(20));
        assertEquals(1, after.lines().filter("out 1"::equals).count(), "the new file is read once:\n" + after);
        t.interrupt();
        t.join(5000);
        assertEquals(0, code.get());
    }

    @Test
    void givenARestartedApp_history_listsThePastInstance() {
        Ctl.Run restart = Ctl.run("--url", daemon.url, "restart", "web");
        assertEquals(0, restart.code(), restart.toString());
        Ctl.Run h = Ctl.run("--url", daemon.url, "history", "web");
        assertEquals(0, h.code(), h.toString());
        List<String> lines = h.out().lines().toList();
        assertEquals(List.of("INSTANCE", "PID", "STARTED", "STOPPED", "RAN", "EXIT"), List.of(lines.get(0).split("\\s+")));
        assertTrue(lines.size() >= 2, h.out());
        assertTrue(lines.get(lines.size() - 1).matches("[0-9a-f]{8}\\s+\\d+\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\s+.*"),
                h.out());
        Ctl.Run json = Ctl.run("--url", daemon.url, "history", "web", "--json");
        assertEquals(0, json.code(), json.toString());
        assertTrue(json.out().trim().startsWith("[") && json.out().contains("\"instance-id\""), json.out());
        Ctl.Run none = Ctl.run("--url", daemon.url, "history", "job");
        assertEquals("app job: no past instances\n", none.out());
    }
}
