package dev.patrol.bootstrap.realprocess;

import static dev.patrol.bootstrap.realprocess.RealApps.alive;
import static dev.patrol.bootstrap.realprocess.RealApps.app;
import static dev.patrol.bootstrap.realprocess.RealApps.child;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.HistoryRecord;
import dev.patrol.ports.api.Toggle;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.testing.Await;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stop sequence's SIGKILL (A2, F5) and pid-verify (F3) with real processes (issue #3). */
class RealProcessStopTest {
    @TempDir
    Path dir;

    @Test
    void givenAChildThatIgnoresUsr1AndTerm_disable_endsWithSigkillToItsGroup() throws Exception {
        AppConfig stubborn = app(dir, "stubborn", AppConfig.KEEPALIVE_PID_PATROL,
                child(dir, "ignores-stop-signals.sh")).stopTimeout(1).build();
        Config config = Config.builder().app("stubborn", stubborn).build();
        try (LogLines log = new LogLines(); RealApps patrol = RealApps.start(config)) {
            long pid = patrol.runningPid("stubborn");
            long grandchild = Await.until("the grandchild's PID", () -> readPid(dir.resolve("grandchild.pid")),
                    p -> p > 0);
            patrol.toggle("stubborn", Toggle.DISABLE);
            ApiResponse r = patrol.until("stubborn", "the instance closed", a -> a.started() == null,
                    Duration.ofSeconds(10));
            HistoryRecord rec = r.history().get(0);
            assertTrue(rec.disabled());
            assertTrue(rec.signal() == 9 || rec.exitCode() == 128 + 9, "killed by SIGKILL: " + rec);
            Await.until("the child and its grandchild gone", () -> !alive(pid) && !alive(grandchild),
                    Await.DEADLINE);
            assertTrue(log.any("app stubborn did not stop, sent SIGTERM to group " + pid), log.all().toString());
            assertTrue(log.any("app stubborn did not stop, sent SIGKILL to group " + pid), log.all().toString());
        }
    }

    @Test
    void givenAPidFileNamingAnUnrelatedProcess_withPidVerify_launchesTheApp() throws Exception {
        Process stranger = new ProcessBuilder("sleep", "600").start();
        try (LogLines log = new LogLines(); RealApps patrol = RealApps.start(pidApp(stranger, true))) {
            long pid = patrol.until("app", "the app running with its own PID", a -> a.pid() > 0
                    && a.pid() != stranger.pid(), Await.DEADLINE).pid();
            assertEquals(pid, readPid(dir.resolve("app.pid")), "the launched app wrote its PID");
            assertTrue(stranger.isAlive(), "the stranger is left alone");
            assertTrue(log.any("app app pid=" + stranger.pid() + " not adopted (pid-verify)"), log.all().toString());
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void givenAPidFileNamingAnUnrelatedProcess_withoutPidVerify_adoptsIt() throws Exception {
        Process stranger = new ProcessBuilder("sleep", "600").start();
        try (RealApps patrol = RealApps.start(pidApp(stranger, false))) {
            ApiResponse r = patrol.until("app", "a PID", a -> a.pid() > 0, Await.DEADLINE);
            assertEquals(stranger.pid(), r.pid(), "unchanged: any live PID in the file is the app");
            assertTrue(Files.notExists(dir.resolve("logs")), "nothing was launched");
        } finally {
            stranger.destroyForcibly();
        }
    }

    /** A keepalive-2 app whose PID file names `stranger` before Patrol starts. */
    private Config pidApp(Process stranger, boolean pidVerify) throws IOException {
        Files.writeString(dir.resolve("app.pid"), stranger.pid() + "\n");
        AppConfig app = app(dir, "app", AppConfig.KEEPALIVE_PID_APP, child(dir, "writes-pid.sh"))
                .pidVerify(pidVerify).build();
        assertNotEquals(0, stranger.pid());
        return Config.builder().app("app", app).build();
    }

    private static long readPid(Path file) {
        try {
            String s = Files.readString(file).strip();
            return s.isEmpty() ? 0 : Long.parseLong(s);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
