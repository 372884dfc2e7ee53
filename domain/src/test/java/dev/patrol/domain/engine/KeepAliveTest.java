package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.api.Toggle;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.ProcessLineage;
import dev.patrol.ports.process.Signal;
import dev.patrol.ports.testing.FakeProcessTable.Sent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTTP/UDP ping keep-alive (F1, F6, F8, F9) and PID files (F3, F4, §12.8). */
class KeepAliveTest {
    private static ApiResponse web(Harness h) {
        return h.read("app", "web");
    }

    private static void ping(Harness h, long pid) {
        ApiResponse r = h.api(ApiRequest.builder().group("app").id("web").ping(true).pid(pid), Endpoint.HTTP);
        assertTrue(r.errors().isEmpty(), r.errors().toString());
    }

    private static Harness httpApp(AppConfig.Builder b) {
        Harness h = new Harness(Fixtures.oneApp(b.build()));
        h.start();
        return h;
    }

    @Test
    void givenAnHttpApp_daemonStart_waitsTwicePingTimeoutBeforeLaunching() {
        Harness h = httpApp(Fixtures.app(AppConfig.KEEPALIVE_HTTP));
        h.advanceSeconds(60);
        assertEquals(0, h.launcher.count(), "F8: 2 x 30 s of grace");
        h.advance(Duration.ofMillis(1));
        assertEquals(1, h.launcher.count());
        assertEquals(0, web(h).pid(), "the PID is unknown until a ping brings it");
    }

    @Test
    void givenAnAppThatPingsDuringGrace_daemonStart_adoptsItInsteadOfLaunching() {
        Harness h = httpApp(Fixtures.app(AppConfig.KEEPALIVE_HTTP));
        h.processes.alive(500, 1);
        for (int i = 0; i < 10; i++) {
            h.advanceSeconds(10);
            ping(h, 500);
        }
        assertEquals(0, h.launcher.count());
        assertEquals(500, web(h).pid());
    }

    @Test
    void givenPingsStop_expiry_closesAtTheDeadlineAndStopsTheLiveProcessFirst() {
        Harness h = httpApp(Fixtures.app(AppConfig.KEEPALIVE_HTTP));
        h.processes.alive(500, 1);
        h.processes.inCgroupOf(500, "web");
        ping(h, 500);
        h.advanceSeconds(30);
        assertNotNull(web(h).started(), "not expired at exactly lastseen + timeout");
        h.advance(Duration.ofMillis(1));
        ApiResponse r = web(h);
        assertNull(r.started(), "F1: expired by a timer, not at the next tick");
        assertEquals("ping-expired", r.history().get(0).reason());
        assertEquals(new Sent(500, Signal.USR1, false), h.processes.sent().get(0), "F6");
        h.advanceSeconds(5);
        assertEquals(0, h.launcher.count(), "no second copy while the old one lives");
        h.processes.dead(500);
        h.advanceSeconds(11);
        assertEquals(0, h.launcher.count(), "still inside the start-up grace (F8)");
        h.advanceSeconds(15);
        assertEquals(1, h.launcher.count(), "launched once the old process is gone and the grace is over");
    }

    @Test
    void givenAPidlessPingToAStoppedApp_ping_opensAnInstance() {
        Harness h = httpApp(Fixtures.app(AppConfig.KEEPALIVE_HTTP));
        h.api(ApiRequest.builder().group("app").id("web").ping(true), Endpoint.HTTP);
        ApiResponse r = web(h);
        assertNotNull(r.started());
        assertNotNull(r.instanceId());
    }

    @Test
    void givenRestartWithUnknownPid_flag_waitsForThePid() {
        Harness h = httpApp(Fixtures.app(AppConfig.KEEPALIVE_HTTP));
        h.api(ApiRequest.builder().group("app").id("web").ping(true), Endpoint.HTTP);
        h.api(ApiRequest.builder().group("app").id("web").toggle(Toggle.RESTART));
        assertTrue(h.processes.sent().isEmpty());
        assertTrue(web(h).restart(), "F9: kept until it can be delivered");
        h.processes.alive(700, 1);
        h.processes.inCgroupOf(700, "web");
        ping(h, 700);
        assertEquals(new Sent(700, Signal.USR2, false), h.processes.sent().get(0));
        assertFalse(web(h).restart());
    }

    @Test
    void givenADisabledAppThatPings_ping_makesItRunningAndStartsTheStop() {
        Harness h = httpApp(Fixtures.app(AppConfig.KEEPALIVE_HTTP).disabled(true));
        h.processes.alive(600, 1);
        h.processes.inCgroupOf(600, "web");
        ping(h, 600);
        assertNotNull(web(h).started());
        assertEquals(new Sent(600, Signal.USR1, false), h.processes.sent().get(0));
    }

    @Test
    void givenADisabledPingedApp_processGone_closesOnceWithoutRepeatingTheStop() {
        Harness h = httpApp(Fixtures.app(AppConfig.KEEPALIVE_HTTP).stopTimeout(5));
        h.processes.alive(600, 1);
        h.processes.inCgroupOf(600, "web");
        ping(h, 600);
        h.api(ApiRequest.builder().group("app").id("web").toggle(Toggle.DISABLE));
        h.processes.dead(600);
        h.advanceSeconds(5);
        ApiResponse r = web(h);
        assertNull(r.started(), "closed when the stop finds the process gone, not at ping expiry");
        assertTrue(r.history().get(0).disabled());
        h.advanceSeconds(60);
        assertEquals(List.of(new Sent(600, Signal.USR1, false)), h.processes.sent(), "one stop, no repeats");
    }

    @Test
    void givenAPidFileWithALiveProcess_tick_adoptsIt() {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_PID_APP).build()));
        h.pidFiles.put("/srv/app/app.pid", "\n \t1254\n");
        h.processes.alive(1254, 7);
        h.start();
        assertEquals(0, h.launcher.count());
        ApiResponse r = web(h);
        assertEquals(1254, r.pid());
        assertNotNull(r.started());
        h.processes.dead(1254);
        h.advanceSeconds(1);
        r = web(h);
        assertEquals("pid-dead", r.history().get(0).reason(), "noticed within a second");
        assertEquals(1, h.launcher.count(), "and relaunched");
    }

    @Test
    void givenAFreshLaunchAndAStalePidFile_tick_keepsTheInstanceWhileTheLauncherLives() {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_PID_APP).build()));
        h.pidFiles.put("/srv/app/app.pid", "4242");
        h.start();
        assertEquals(1, h.launcher.count());
        String instance = web(h).instanceId();
        h.advanceSeconds(20);
        assertEquals(instance, web(h).instanceId(), "§12.8: the stale PID does not close the new instance");
        h.pidFiles.put("/srv/app/app.pid", "101");
        h.processes.alive(101, 1);
        h.advanceSeconds(1);
        assertEquals(101, web(h).pid());
    }

    @Test
    void givenAForkingDaemon_launcherExit_doesNotCloseTheDaemonsInstance() {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_PID_APP).build()));
        h.start();
        h.pidFiles.put("/srv/app/app.pid", "900");
        h.processes.alive(900, 1);
        h.processes.lineage(900, new ProcessLineage(0, List.of(101L, 1L), false, false)); // forked by the launcher
        h.advanceSeconds(1);
        assertEquals(900, web(h).pid());
        h.launcher.exit(101, ExitStatus.exited(0));
        h.drain();
        ApiResponse r = web(h);
        assertTrue(r.history().isEmpty(), "F4: the launcher's exit closes only its own instance");
        assertEquals(900, r.pid());
    }

    @Test
    void givenAnInvalidPidFile_check_closesAndLaunches() {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_PID_APP).build()));
        h.pidFiles.put("/srv/app/app.pid", "0");
        h.start();
        assertEquals(1, h.launcher.count(), "F3: `0` is not a PID");
        h.advanceSeconds(5);
        assertEquals(1, h.log.stream().filter(l -> l.equals("app web PID file /srv/app/app.pid: App PID File was invalid"))
                .count(), "said once, not at every poll: " + h.log);
    }
}
