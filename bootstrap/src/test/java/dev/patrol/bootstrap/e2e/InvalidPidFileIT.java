package dev.patrol.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #13 defect 2 through the packaged daemon: an app that writes `0` to its PID file is not "running" forever. */
class InvalidPidFileIT {
    @TempDir
    Path dir;

    @Test
    void issue13_anAppWritingAnInvalidPidFile_isStoppedAndRelaunched() throws Exception {
        Path script = dir.resolve("zero.sh");
        Files.writeString(script, "#!/bin/sh\necho $$ >> launches\necho 0 > zero.pid\nexec sleep 1000\n");
        script.toFile().setExecutable(true);
        int http = Daemon.freePort();
        Path config = dir.resolve("config.json");
        Files.writeString(config, """
                {"http": {"listen": "127.0.0.1:%d"}, "udp": {"listen": "127.0.0.1:%d"}, "tick-every": 5,
                 "apps": {"zero": {"name": "zero", "keepalive": 2, "working-directory": "%s", "binary": "zero.sh",
                                   "log-directory": "logs", "pid-path": "zero.pid", "stop-timeout": 1}}}
                """.formatted(http, Daemon.freePort(), dir));
        try (Daemon d = Daemon.start(dir, config, http)) {
            d.waitUntil("the app's first launch", Duration.ofSeconds(20), () -> lines(dir.resolve("launches")) >= 1);
            long first = Long.parseLong(Files.readAllLines(dir.resolve("launches")).get(0).strip());
            d.waitUntil("a history record with reason pid-file-invalid", Duration.ofSeconds(30), () -> {
                var r = d.get("/status/");
                return r != null && r.body().contains("\"reason\": \"pid-file-invalid\"");
            });
            d.waitUntil("the launched process stopped", Duration.ofSeconds(10),
                    () -> !ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false));
            d.waitUntil("a relaunch (restart policy)", Duration.ofSeconds(10), () -> lines(dir.resolve("launches")) >= 2);
            assertNotEquals(first, Long.parseLong(Files.readAllLines(dir.resolve("launches")).get(1).strip()));
        }
    }

    private static int lines(Path p) {
        try {
            return Files.exists(p) ? Files.readAllLines(p).size() : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
