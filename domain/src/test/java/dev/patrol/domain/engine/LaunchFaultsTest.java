package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.api.LaunchError;
import dev.patrol.ports.config.AppConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #12, finding 9: a failed launch is visible (`launch-error`) and logged at WARN once per episode. */
class LaunchFaultsTest {
    private static final String FULL = "unable to open log file /srv/logs/2026/december/3/%d.stdout.log: No space left on device";

    private static Harness failing(String... whys) {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_PID_PATROL).build()));
        h.launcher.failNextLaunchesWith(whys);
        h.start();
        return h;
    }

    /** Lets every pending retry (the backoff) run. */
    private static void retry(Harness h, int times) {
        for (int i = 0; i < times; i++) {
            h.advance(Duration.ofMinutes(5));
        }
    }

    private static List<String> spawnLines(Harness h, String level) {
        return h.leveled.stream().filter(l -> l.startsWith(level + " unable to spawn")).toList();
    }

    @Test
    void issue12_aFailedLaunch_api_showsTheErrorAndItsTimeUntilALaunchWorks() {
        Harness h = failing(String.format(FULL, 1), String.format(FULL, 2));

        ApiResponse r = h.read("app", "web");
        LaunchError e = r.launchError();
        assertNotNull(e, "after the first failure");
        assertEquals(String.format(FULL, 2), e.error(), "the latest failure");
        assertEquals(h.clock.now(), e.time());
        assertNotNull(h.supervisor.status().apps().get("web").launchError(), "in /status/ too");
        assertNull(h.api(ApiRequest.builder().group("app").id("web"), Endpoint.UDP).launchError(), "UDP answers unchanged");

        retry(h, 2);

        assertNull(h.read("app", "web").launchError(), "cleared by the launch that worked");
        assertTrue(h.leveled.contains("INFO app web launched again after 2 failed launches"), h.leveled.toString());
    }

    @Test
    void issue12_aCrashLoopOfTheSameFailure_log_warnsOnceThenDebugs() {
        Harness h = failing(String.format(FULL, 1), String.format(FULL, 2), String.format(FULL, 3),
                "no such file /srv/app/run");

        retry(h, 4);

        List<String> warns = spawnLines(h, "WARN");
        assertEquals(2, warns.size(), h.leveled.toString());
        assertTrue(warns.get(0).startsWith("WARN unable to spawn app web: " + String.format(FULL, 1)), warns.get(0));
        assertTrue(warns.get(1).startsWith("WARN unable to spawn app web: no such file /srv/app/run"), warns.get(1));
        assertEquals(2, spawnLines(h, "DEBUG").size(), "the repeats that differ only in numbers");
        assertEquals(0, spawnLines(h, "INFO").size());
        assertEquals(1, h.launcher.count(), "the fifth launch worked");
    }
}
