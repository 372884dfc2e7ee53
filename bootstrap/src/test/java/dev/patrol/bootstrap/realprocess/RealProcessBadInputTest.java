package dev.patrol.bootstrap.realprocess;

import static dev.patrol.bootstrap.realprocess.RealApps.alive;
import static dev.patrol.bootstrap.realprocess.RealApps.app;
import static dev.patrol.bootstrap.realprocess.RealApps.child;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad paths in one config: each failure is said clearly and held by the restart policy; the rest runs (issue #3). */
class RealProcessBadInputTest {
    private static final int PID_PATROL = AppConfig.KEEPALIVE_PID_PATROL;

    @TempDir
    Path dir;

    @Test
    void givenBadPaths_launches_failClearlyUntilTheStartLimitWhileAGoodAppKeepsRunning() throws Exception {
        String sleeper = child(dir, "sleeper.sh");
        Files.writeString(dir.resolve("not-executable.sh"), "#!/bin/sh\nexec sleep 600\n"); // mode 0644
        // Root may write anywhere, so "unwritable" is a log directory below a regular file.
        Files.writeString(dir.resolve("blocker"), "a file where a directory should be\n");
        Files.createDirectory(dir.resolve("pid-dir"));
        Config config = Config.builder()
                .app("good", app(dir, "good", PID_PATROL, sleeper).build())
                .app("missing", app(dir, "missing", PID_PATROL, "no-such-binary").startLimit(3).build())
                .app("noexec", app(dir, "noexec", PID_PATROL, "not-executable.sh").startLimit(3).build())
                .app("nolog", app(dir, "nolog", PID_PATROL, sleeper).logDirectory("blocker/logs").startLimit(3).build())
                .app("piddir", app(dir, "piddir", AppConfig.KEEPALIVE_PID_APP, child(dir, "writes-pid.sh"))
                        .pidPath("pid-dir").startLimit(3).build())
                .app("pidpatrol", app(dir, "pidpatrol", PID_PATROL, sleeper).pidPath("pid-dir").build())
                .build();
        try (LogLines log = new LogLines(); RealApps patrol = RealApps.start(config)) {
            long good = patrol.runningPid("good");
            for (String id : List.of("missing", "noexec", "nolog", "piddir")) {
                ApiResponse r = patrol.until(id, id + " disabled by its start limit", ApiResponse::disabled,
                        Await.DEADLINE);
                assertEquals("start-limit", RealApps.reasons(r).get(r.history().size() - 1), id);
                assertNull(r.started(), id);
                assertTrue(log.any("gave up: app " + id + " disabled after 3 fast failures"), id);
            }
            assertTrue(log.any("binary " + dir.resolve("no-such-binary") + " not found"), log.all().toString());
            assertTrue(log.any("binary " + dir.resolve("not-executable.sh") + " is not executable"),
                    log.all().toString());
            assertTrue(log.any("unable to open log file " + dir.resolve("blocker/logs")), log.all().toString());
            assertTrue(log.any("app piddir PID file " + dir.resolve("pid-dir") + ": App PID File was invalid"),
                    log.all().toString());
            assertTrue(log.any("app piddir exited code=3"), "the app could not write its PID file: " + log.all());

            long pidPatrol = patrol.runningPid("pidpatrol");
            assertTrue(log.any("app pidpatrol runs as PID " + pidPatrol + " but its PID file was not written"),
                    "F7 is best effort: said, and the app runs: " + log.all());

            ApiResponse g = patrol.app("good");
            assertEquals(good, g.pid(), "the good app was never disturbed");
            assertTrue(g.history().isEmpty());
            assertTrue(alive(good));
        }
    }
}
