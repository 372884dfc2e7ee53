package dev.patrol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.patrol.ports.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * patrolctl against the original Go Patrol (a build in ../shared/reference, when present):
 * status (no /resources/, no Patrol keys), a disable seen at its next tick, and tail through
 * Range since the original refuses `last=N`.
 */
class OriginalPatrolIT {
    @TempDir
    Path dir;

    @Test
    void givenTheOriginalDaemon_statusDisableAndTail_work() throws Exception {
        Path binary = Path.of(System.getProperty("patrol.reference", "/nonexistent"));
        assumeTrue(Files.isExecutable(binary), "the original's build is not here: " + binary);
        int port = TestDaemon.freePort();
        try (TestDaemon d = TestDaemon.original(binary, dir, TestApps.originalConfig(dir, port, TestDaemon.freePort()), port)) {
            String row = Await.until("web running under the original", () -> Ctl.row(Ctl.run("--url", d.url, "status").out(), "web"),
                    r -> r.contains("running"), Duration.ofSeconds(20));
            assertTrue(row.matches("web\\s+running\\s+\\d+\\s+\\S+\\s+0\\s+-\\s+-\\s+-"), row);

            Await.until("a line in web's log", () -> Ctl.run("--url", d.url, "tail", "web", "-n", "2").out(),
                    out -> out.startsWith("tick\n"), Duration.ofSeconds(10));

            Ctl.Run off = Ctl.run("--url", d.url, "disable", "web", "--wait", "15");
            assertEquals(0, off.code(), off + d.log());
            assertTrue(off.out().matches("app web disabled \\(pid \\d+ stopped\\)\n"), off.out());
        }
    }
}
