package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/** PIDs from outside (PID file, pings) are remembered with their start time; a new one means reuse (F3). */
class PidReuseTest {
    private static ApiResponse web(Harness h) {
        return h.read("app", "web");
    }

    /** A PID_APP app that adopted 1254 (start time 7) from its PID file at daemon start. */
    private static Harness adopted(AppConfig.Builder app) {
        Harness h = new Harness(Fixtures.oneApp(app.build()));
        h.pidFiles.put("/srv/app/app.pid", "1254");
        h.processes.alive(1254, 7);
        h.processes.inCgroupOf(1254, "web"); // provably the app's (A8)
        h.start();
        assertEquals(1254, web(h).pid());
        return h;
    }

    private static AppConfig.Builder pidApp() {
        return Fixtures.app(AppConfig.KEEPALIVE_PID_APP);
    }

    private static void ping(Harness h, long pid) {
        h.api(ApiRequest.builder().group("app").id("web").ping(true).pid(pid), Endpoint.HTTP);
    }

    @Test
    void givenAnAdoptedPid_startTimeChanges_closesWithPidReusedAndRelaunches() {
        Harness h = adopted(pidApp());
        h.advanceSeconds(10);
        h.processes.alive(1254, 9); // the app died and an unrelated process got its PID
        h.advanceSeconds(1);
        ApiResponse r = web(h);
        assertEquals("pid-reused", r.history().get(0).reason());
        assertEquals(1254, r.history().get(0).pid());
        assertEquals(1, h.launcher.count(), "restart=always relaunches");
        assertTrue(h.log.contains("app web pid=1254 was reused: start time 9, adopted at 7"), h.log.toString());
        h.advanceSeconds(30);
        assertNotEquals(1254, web(h).pid(), "the stale file never makes the stranger ours again");
        assertEquals(1, web(h).history().size());
        assertTrue(h.processes.sent().isEmpty());
        h.pidFiles.put("/srv/app/app.pid", "555");
        h.processes.alive(555, 11);
        h.processes.lineage(555, new ProcessLineage(101, List.of(101L, 1L), false, false)); // the launch's child
        h.advanceSeconds(1);
        assertEquals(555, web(h).pid(), "the relaunched app's own PID is adopted");
    }

    @Test
    void givenAnUnknownStartTime_check_provesNothing() {
        Harness h = adopted(pidApp());
        h.processes.alive(1254, 0);
        h.advanceSeconds(5);
        assertEquals(1254, web(h).pid(), "0 = the OS did not say: no reuse claimed");
        assertTrue(web(h).history().isEmpty());
    }

    @Test
    void givenRestartNever_adoptedProcessEnds_appIsHeldDown() {
        Harness h = adopted(pidApp().restart("never"));
        h.advanceSeconds(10);
        h.processes.alive(1254, 9);
        h.advanceSeconds(1);
        assertEquals(0, h.launcher.count(), "the restart policy applies to an adopted process too (A1)");
        assertTrue(web(h).disabled());

        Harness dead = adopted(pidApp().restart("on-failure"));
        dead.processes.dead(1254);
        dead.advanceSeconds(1);
        assertEquals(1, dead.launcher.count(), "an unknown exit counts as a failure");
        assertEquals("pid-dead", web(dead).history().get(0).reason());
    }

    @Test
    void givenAStopInProgress_pidReused_noTermOrKillReachesTheStranger() {
        Harness h = adopted(pidApp().stopTimeout(5));
        h.api(ApiRequest.builder().group("app").id("web").toggle(Toggle.DISABLE));
        assertEquals(List.of(new Sent(1254, Signal.USR1, false)), h.processes.sent());
        h.processes.alive(1254, 9);
        h.advanceSeconds(30);
        assertEquals(1, h.processes.sent().size(), "only the USR1 sent while it was ours");
        ApiResponse r = web(h);
        assertEquals(0, r.pid());
        assertTrue(r.history().get(0).disabled(), "the instance closed as stopped");
    }

    @Test
    void givenShutdown_adoptedPidReused_getsNoUsr1() {
        Harness h = adopted(pidApp());
        h.processes.alive(1254, 9);
        h.supervisor.beginShutdown();
        h.drain();
        assertTrue(h.processes.sent().isEmpty());
    }

    @Test
    void givenAPingedPid_reusedBeforeExpiry_isNotStopped() {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_HTTP).build()));
        h.start();
        h.processes.alive(500, 1);
        ping(h, 500);
        h.processes.alive(500, 2);
        h.advanceSeconds(31);
        assertEquals("ping-expired", web(h).history().get(0).reason());
        assertTrue(h.processes.sent().isEmpty(), "F6 stops only the process that pinged, not its PID's new owner");
    }

    @Test
    void givenAPingWithTheSamePidButANewStartTime_ping_opensANewInstance() {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_HTTP).build()));
        h.start();
        h.processes.alive(500, 1);
        ping(h, 500);
        String first = web(h).instanceId();
        h.processes.alive(500, 2);
        ping(h, 500);
        ApiResponse r = web(h);
        assertEquals("pid-reused", r.history().get(0).reason());
        assertNotEquals(first, r.instanceId());
        assertEquals(500, r.pid());
        ping(h, 500);
        assertEquals(1, web(h).history().size(), "the new process is tracked from then on");
    }

    @Test
    void givenAForkingLauncherThatExitsBeforeThePoll_exit_leavesTheInstanceToTheDaemon() {
        Harness h = new Harness(Fixtures.oneApp(pidApp().restart("on-failure").build()));
        h.start();
        h.pidFiles.put("/srv/app/app.pid", "900");
        h.processes.alive(900, 1);
        h.launcher.exit(101, ExitStatus.exited(0)); // the launcher forked the daemon and returned at once
        h.drain();
        ApiResponse r = web(h);
        assertEquals(900, r.pid());
        assertFalse(r.disabled(), "a clean launcher exit is not the app's end (F4)");
        assertTrue(r.history().isEmpty());
        h.advanceSeconds(5);
        assertEquals(1, h.launcher.count());
        assertTrue(h.processes.sent().isEmpty());
    }
}
