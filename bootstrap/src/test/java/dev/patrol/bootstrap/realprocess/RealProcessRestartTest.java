package dev.patrol.bootstrap.realprocess;

import static dev.patrol.bootstrap.realprocess.RealApps.alive;
import static dev.patrol.bootstrap.realprocess.RealApps.app;
import static dev.patrol.bootstrap.realprocess.RealApps.child;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.HistoryRecord;
import dev.patrol.ports.api.Toggle;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The restart policy (A1), execute-timeout (F2) and run-once with real processes through the engine (issue #3). */
class RealProcessRestartTest {
    @TempDir
    Path dir;

    private static Config oneApp(String id, AppConfig app) {
        return Config.builder().app(id, app).build();
    }

    @Test
    void givenAnAppThatExitsAtOnce_crashLoop_backsOffThenGivesUpAtTheStartLimit() throws Exception {
        AppConfig crash = app(dir, "crash", AppConfig.KEEPALIVE_PID_PATROL, child(dir, "exits-with.sh"))
                .args(List.of("1")).backoffMaxMs(400L).startLimit(6).build();
        try (RealApps patrol = RealApps.start(oneApp("crash", crash))) {
            ApiResponse r = patrol.until("crash", "crash disabled by its start limit", ApiResponse::disabled,
                    Await.DEADLINE);
            List<HistoryRecord> runs = r.history();
            assertEquals(6, runs.size(), "launched until the sixth fast failure: " + runs);
            assertEquals("start-limit", runs.get(5).reason());
            runs.forEach(rec -> assertEquals(1, rec.exitCode()));
            assertNull(r.started(), "no instance after giving up");
            // The wait before run n+1 is the backoff: 0, then 100 ms doubling (capped at 400 ms).
            long[] wait = new long[5];
            for (int i = 0; i < wait.length; i++) {
                wait[i] = Duration.between(runs.get(i).stopped(), runs.get(i + 1).started()).toNanos();
            }
            assertTrue(wait[2] > wait[0] && wait[3] > wait[1], "growing waits, got ns " + Arrays.toString(wait));
        }
    }

    @Test
    void givenExecuteTimeout_longSleeper_isStoppedRecordedAndRelaunched() throws Exception {
        AppConfig slow = app(dir, "slow", AppConfig.KEEPALIVE_PID_PATROL, child(dir, "sleeper.sh"))
                .executeTimeout(1).build();
        try (RealApps patrol = RealApps.start(oneApp("slow", slow))) {
            long first = patrol.runningPid("slow");
            ApiResponse r = patrol.until("slow", "a record with reason execute-timeout",
                    a -> RealApps.reasons(a).contains("execute-timeout"), Await.DEADLINE);
            HistoryRecord rec = r.history().get(0);
            assertEquals(first, rec.pid());
            assertEquals(10, rec.signal(), "ended by the stop sequence's SIGUSR1");
            assertFalse(alive(first));
            long second = patrol.runningPid("slow");
            assertNotEquals(first, second, "F2: relaunched after the stop");
        }
    }

    @Test
    void givenRunOnce_instanceCloses_appIsDisabledAndNotRelaunched() throws Exception {
        AppConfig once = app(dir, "once", AppConfig.KEEPALIVE_PID_PATROL, child(dir, "sleeper.sh")).build();
        try (LogLines log = new LogLines(); RealApps patrol = RealApps.start(oneApp("once", once))) {
            long pid = patrol.runningPid("once");
            patrol.toggle("once", Toggle.RUNONCE_ENABLE);
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy); // an exit Patrol did not ask for
            ApiResponse r = patrol.until("once", "once disabled with its instance closed",
                    a -> a.disabled() && a.started() == null, Await.DEADLINE);
            assertEquals(1, r.history().size());
            assertTrue(r.history().get(0).runOnce(), "the record says run-once was consumed");
            assertFalse(r.runOnce(), "and the flag is cleared");
            assertTrue(log.any("app once exited signal=15 after"), log.all().toString());
            assertTrue(log.any(", not restarting (run-once)"), log.all().toString());
            // A relaunch would have come in the same engine event as the close.
            assertNull(patrol.app("once").started());
            assertEquals(1, patrol.app("once").history().size());
        }
    }

    @Test
    void givenAForkingLauncher_itsCleanExit_leavesTheInstanceToTheDaemon() throws Exception {
        AppConfig forking = app(dir, "forking", AppConfig.KEEPALIVE_PID_APP, child(dir, "forks-daemon.sh"))
                .restart("on-failure").build();
        try (RealApps patrol = RealApps.start(oneApp("forking", forking))) {
            ApiResponse r = patrol.until("forking", "the daemon adopted", a -> a.pid() > 0, Await.DEADLINE);
            long daemon = Long.parseLong(Files.readString(dir.resolve("forking.pid")).strip());
            assertEquals(daemon, r.pid());
            assertFalse(r.disabled(), "F4: the launcher's clean exit is not the app's end");
            assertTrue(r.history().isEmpty(), r.history().toString());
            assertTrue(alive(daemon));
        }
    }
}
