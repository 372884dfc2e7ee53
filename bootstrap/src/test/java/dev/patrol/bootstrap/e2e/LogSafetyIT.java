package dev.patrol.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #12 through the packaged daemon with real files: no log view follows a symbolic
 * link below the log root (finding 6), and a failed launch is a WARN plus `launch-error`
 * in /status/ and on the GUI until a launch works (finding 9).
 */
class LogSafetyIT {
    private static final String SECRET = "TOP-SECRET-VALUE";
    /** Generous: the machine may be loaded; every wait ends as soon as its condition holds. */
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Path config(int http) throws IOException {
        String json = """
                {
                  "http": {"listen": "127.0.0.1:%d"},
                  "udp": {"listen": "127.0.0.1:%d"},
                  "apps": {
                    "loop": {
                      "name": "Loop", "keepalive": 1, "backoff-max-ms": 300,
                      "working-directory": "%s", "binary": "loop.sh",
                      "log-directory": "logs", "pid-path": "loop.pid", "stop-timeout": 2
                    },
                    "vault": {
                      "name": "Vault", "keepalive": 1, "disabled": true, "secret": "%s",
                      "working-directory": "%s", "binary": "loop.sh",
                      "log-directory": "vault-logs", "pid-path": "vault.pid"
                    }
                  }
                }
                """.formatted(http, Daemon.freePort(), dir, SECRET, dir);
        Path script = dir.resolve("loop.sh");
        Files.writeString(script, "#!/bin/sh\necho started $$\nexec sleep 1000\n");
        script.toFile().setExecutable(true);
        return Files.writeString(dir.resolve("config.json"), json);
    }

    private static long pid(HttpResponse<String> r) {
        Matcher m = Pattern.compile("\"pid\": (\\d+)").matcher(r == null ? "" : r.body());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Waits for the app to run and its log to hold its first line; returns that log file. */
    private Path runningLog(Daemon d) throws IOException {
        d.waitUntil("the app to run", LIMIT, () -> pid(d.get("/api/?group=app&id=loop")) > 0);
        d.waitUntil("its log", LIMIT, () -> currentLog() != null && read(currentLog()).contains("started"));
        return currentLog();
    }

    private Path currentLog() {
        try (Stream<Path> files = Files.walk(dir.resolve("logs"))) {
            List<Path> logs = files.filter(p -> p.toString().endsWith(".stdout.log")).toList();
            return logs.size() == 1 ? logs.get(0) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }

    private static void assertRefused(HttpResponse<String> r) {
        assertEquals(403, r.statusCode(), r.body());
        assertFalse(r.body().contains(SECRET), r.body());
    }

    @Test
    void issue12_aSymlinkedCurrentLogFile_stdoutAndFollow_refuseWithoutContent() throws Exception {
        int http = Daemon.freePort();
        try (Daemon d = Daemon.start(dir, config(http), http)) {
            Path log = runningLog(d);
            Files.delete(log);
            Files.createSymbolicLink(log, dir.resolve("config.json"));

            assertRefused(d.get("/stdout/?group=app&id=loop"));
            assertRefused(d.get("/stdout/?group=app&id=loop&last=100"));
            assertFalse(d.get("/stderr/?group=app&id=loop").body().contains(SECRET), "stderr is its own, real file");
            assertRefused(d.get("/follow/loop"));
            HttpResponse<String> stream = d.get("/follow/loop/events", "Accept", "text/event-stream");
            assertFalse(stream.body().contains(SECRET), stream.body());
            assertTrue(stream.body().contains("refused"), stream.body());
            assertRefused(d.get("/logs/" + dir.resolve("logs").relativize(log) + "?group=app&id=loop"));
        }
    }

    @Test
    void issue12_aSymlinkedDayDirectory_logViewsRefuseAndTheLauncherWillNotWriteThere() throws Exception {
        int http = Daemon.freePort();
        try (Daemon d = Daemon.start(dir, config(http), http)) {
            Path log = runningLog(d);
            Path day = log.getParent();
            Path elsewhere = dir.resolve("elsewhere");
            Files.move(day, elsewhere);
            Files.writeString(elsewhere.resolve(log.getFileName()), SECRET + "\n");
            Files.createSymbolicLink(day, elsewhere);

            assertRefused(d.get("/stdout/?group=app&id=loop"));
            assertRefused(d.get("/logs/" + dir.resolve("logs").relativize(day) + "/?group=app&id=loop"));

            ProcessHandle.of(pid(d.get("/api/?group=app&id=loop"))).ifPresent(ProcessHandle::destroyForcibly);
            d.waitUntil("the relaunch to fail on the link", LIMIT,
                    () -> d.get("/status/").body().contains("symbolic link"));
            try (Stream<Path> files = Files.list(elsewhere)) {
                assertEquals(2, files.count(), "the old log and the planted file only: nothing new written through the link");
            }
        }
    }

    @Test
    void issue12_anUnwritableLogDirectory_warnsOnceAndShowsLaunchErrorUntilFixed() throws Exception {
        Files.writeString(dir.resolve("logs"), "a regular file where the log directory should be\n");
        int http = Daemon.freePort();
        try (Daemon d = Daemon.start(dir, config(http), http)) {
            d.waitUntil("launch-error in /status/", LIMIT, () -> {
                HttpResponse<String> r = d.get("/status/");
                return r != null && r.body().contains("\"launch-error\"");
            });
            String first = d.get("/status/").body();
            assertTrue(first.contains("unable to open log file " + dir.resolve("logs")), first);
            assertTrue(d.get("/api/?group=app&id=loop").body().contains("\"launch-error\""));
            d.waitUntil("a few retries", LIMIT, () -> !d.get("/status/").body().equals(first));
            HttpResponse<String> page = d.get("/app/loop");
            assertTrue(page.body().contains("Launch failed"), page.body());
            assertTrue(d.get("/").body().contains("launch failed</span>"));
            long warns = d.logText().lines().filter(l -> l.contains(" WARN ") && l.contains("unable to spawn app loop")).count();
            assertEquals(1, warns, "one WARN for the episode, not one per retry:\n" + d.logText());

            Files.delete(dir.resolve("logs"));

            d.waitUntil("the app to run again", LIMIT, () -> pid(d.get("/api/?group=app&id=loop")) > 0);
            assertFalse(d.get("/status/").body().contains("launch-error"));
            assertFalse(d.get("/app/loop").body().contains("Launch failed"));
            d.waitUntil("the episode's end in the log", LIMIT, () -> d.logText().contains("app loop launched again after"));
        }
    }
}
