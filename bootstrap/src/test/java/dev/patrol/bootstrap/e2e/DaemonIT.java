package dev.patrol.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a daemon: start-up, status, graceful SIGTERM, bind failure, bad configs. */
class DaemonIT {
    @TempDir
    Path dir;

    private Path config(int http, int udp) throws IOException {
        String json = """
                {
                  "http": {"listen": "127.0.0.1:%d"},
                  "udp": {"listen": "127.0.0.1:%d"},
                  "apps": {
                    "loop": {
                      "name": "Loop", "keepalive": 1,
                      "working-directory": "%s", "binary": "loop.sh",
                      "log-directory": "logs", "pid-path": "loop.pid", "stop-timeout": 2
                    }
                  }
                }
                """.formatted(http, udp, dir);
        Path script = dir.resolve("loop.sh");
        Files.writeString(script, "#!/bin/sh\ntrap 'echo bye; exit 10' USR1\necho started $$\n"
                + "sleep 1000 & echo $! > grandchild.pid\nwhile :; do sleep 1 & wait $!; done\n");
        script.toFile().setExecutable(true);
        Path c = dir.resolve("config.json");
        Files.writeString(c, json);
        return c;
    }

    private static long pid(String statusBody) {
        Matcher m = Pattern.compile("\"pid\": (\\d+)").matcher(statusBody);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Test
    void givenAConfig_daemon_servesStatusWithTheAppRunningAndStopsItOnSigterm() throws Exception {
        int http = Daemon.freePort();
        try (Daemon d = Daemon.start(dir, config(http, Daemon.freePort()), http)) {
            d.waitUntil("/status/ to list the app with a pid", Duration.ofSeconds(20), () -> {
                HttpResponse<String> r = d.get("/status/");
                return r != null && r.statusCode() == 200 && pid(r.body()) > 0;
            });
            long child = pid(d.get("/status/").body());
            assertTrue(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false));
            assertTrue(Files.readString(dir.resolve("loop.pid")).strip().equals(Long.toString(child)),
                    "F7: the PID file names the child");
            d.signal("TERM");
            assertTrue(d.process.waitFor(15, TimeUnit.SECONDS), "exits within the bound; log:\n" + d.logText());
            assertEquals(0, d.process.exitValue(), d.logText());
            // The code-configured layout (LogSetup): date, time with ms, padded level, class, message.
            assertTrue(d.logText().lines().anyMatch(l -> l.matches(
                    "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  Lifecycle patrol started: 1 apps, 0 services")),
                    d.logText());
            d.waitUntil("the app to be gone", Duration.ofSeconds(5),
                    () -> !ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false));
            long grandchild = Long.parseLong(Files.readString(dir.resolve("grandchild.pid")).strip());
            d.waitUntil("its grandchild to be gone too (F5)", Duration.ofSeconds(5),
                    () -> !ProcessHandle.of(grandchild).map(ProcessHandle::isAlive).orElse(false));
        }
    }

    @Test
    void givenAKilledChild_daemon_respawnsIt() throws Exception {
        int http = Daemon.freePort();
        try (Daemon d = Daemon.start(dir, config(http, Daemon.freePort()), http)) {
            d.waitUntil("a first pid", Duration.ofSeconds(20), () -> {
                HttpResponse<String> r = d.get("/api/?group=app&id=loop");
                return r != null && pid(r.body()) > 0;
            });
            long first = pid(d.get("/api/?group=app&id=loop").body());
            d.waitUntil("the first grandchild", Duration.ofSeconds(10), () -> Files.exists(dir.resolve("grandchild.pid")));
            // Patrol signals the group on a stop, not after a crash: the first grandchild lives on, so the test ends it.
            String orphan = Files.readString(dir.resolve("grandchild.pid")).strip();
            ProcessHandle.of(first).ifPresent(ProcessHandle::destroyForcibly);
            d.waitUntil("a new pid", Duration.ofSeconds(10), () -> {
                HttpResponse<String> r = d.get("/api/?group=app&id=loop");
                long now = r == null ? 0 : pid(r.body());
                return now > 0 && now != first;
            });
            assertNotEquals(first, pid(d.get("/api/?group=app&id=loop").body()));
            String history = d.get("/api/?group=app&id=loop&history=true").body();
            assertTrue(history.contains("\"exit-code\": 255") && history.contains("\"signal\": 9"),
                    "the SIGKILL is recorded as the original's 255 plus the signal: " + history);
            if (!orphan.isEmpty()) {
                ProcessHandle.of(Long.parseLong(orphan)).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    void givenTheHttpPortInUse_daemon_exitsNonZeroWithAClearMessage() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            int http = busy.getLocalPort();
            try (Daemon d = Daemon.start(dir, config(http, Daemon.freePort()), http)) {
                assertTrue(d.process.waitFor(20, TimeUnit.SECONDS), "exits at once; log:\n" + d.logText());
                assertEquals(1, d.process.exitValue());
                assertTrue(d.logText().contains("unable to listen on http 127.0.0.1:" + http), d.logText());
                assertFalse(Files.exists(dir.resolve("loop.pid")), "no app was started");
            }
        }
    }

    @Test
    void givenAnInvalidConfig_daemon_exits255WithTheOriginalError() throws Exception {
        Path c = dir.resolve("bad.json");
        Files.writeString(c, "{\"apps\":{\"-bad\":{}}}");
        try (Daemon d = Daemon.start(dir, c, 0)) {
            assertTrue(d.process.waitFor(20, TimeUnit.SECONDS));
            assertEquals(255, d.process.exitValue());
            assertTrue(d.logText().contains("App Key was invalid"), d.logText());
        }
    }
}
