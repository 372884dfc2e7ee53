package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.config.AppConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue #13 defect 1: deadlines run on the monotonic clock; a wall-clock step changes none. */
class MonotonicDeadlinesTest {
    private static ApiResponse web(Harness h) {
        return h.read("app", "web");
    }

    private static Harness pingedApp() {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_UDP).build()));
        h.processes.alive(500, 1);
        h.processes.inCgroupOf(500, "web");
        h.start();
        h.api(ApiRequest.builder().group("app").id("web").ping(true).pid(500), Endpoint.UDP);
        return h;
    }

    @Test
    void issue13_wallClockStepsForward_doesNotExpireAPingedApp() {
        Harness h = pingedApp();
        h.clock.stepWall(Duration.ofHours(1));
        h.advanceSeconds(29);
        assertNotNull(web(h).started(), "still inside its 30 s ping timeout");
        assertEquals(500, web(h).pid());
    }

    @Test
    void issue13_wallClockStepsBack_doesNotPostponeExpiry() {
        Harness h = pingedApp();
        h.clock.stepWall(Duration.ofHours(-1));
        h.advanceSeconds(31);
        ApiResponse r = web(h);
        assertNull(r.started(), "expired 30 s after the ping, whatever the wall clock says");
        assertEquals("ping-expired", r.history().get(0).reason());
    }

    @Test
    void issue13_wallClockStep_changesNoRestartDecisionForAnAdoptedProcess() {
        // A run of 20 s resets the backoff (start-seconds 1); a -1 h step must not make it look negative.
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_PID_APP).startLimit(1).build()));
        h.pidFiles.put("/srv/app/app.pid", "1254");
        h.processes.alive(1254, 7);
        h.processes.inCgroupOf(1254, "web");
        h.start();
        h.advanceSeconds(20);
        h.clock.stepWall(Duration.ofHours(-1));
        h.processes.dead(1254);
        h.advanceSeconds(1);
        assertEquals(1, h.launcher.count(), "a long run: relaunched, not given up as a fast failure");
    }
}
