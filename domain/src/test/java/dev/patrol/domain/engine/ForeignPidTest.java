package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.api.Toggle;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.process.ProcessIdentity;
import dev.patrol.ports.process.ProcessLineage;
import dev.patrol.ports.process.Signal;
import dev.patrol.ports.testing.FakeProcessTable.Sent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #12 findings 1–3 (product.md A8): Patrol signals only what is provably the app's. */
class ForeignPidTest {
    private static final long STRANGER = 4000;
    private static final long DAEMON = 3000;

    private static ApiResponse web(Harness h) {
        return h.read("app", "web");
    }

    private static void ping(Harness h, long pid) {
        ApiResponse r = h.api(ApiRequest.builder().group("app").id("web").ping(true).pid(pid), Endpoint.UDP);
        assertTrue(r.errors().isEmpty(), r.errors().toString());
    }

    private static Harness started(AppConfig.Builder app) {
        Harness h = new Harness(Fixtures.oneApp(app.build()));
        h.processes.daemon(DAEMON, 2999L, 1L);
        h.processes.alive(1, 1);
        h.processes.alive(DAEMON, 1);
        h.processes.alive(STRANGER, 5);
        h.start();
        return h;
    }

    private static Harness disabledUdpApp() {
        return started(Fixtures.app(AppConfig.KEEPALIVE_UDP).disabled(true).stopTimeout(1));
    }

    @Test
    void issue12_pingNamingAnUnrelatedProcess_toADisabledApp_signalsNothing() {
        Harness h = disabledUdpApp();
        ping(h, STRANGER);
        h.advanceSeconds(10);
        assertEquals(List.of(), h.processes.sent());
        ApiResponse r = web(h);
        assertNull(r.started(), "the instance that tracked it closed");
        assertEquals("pid-unproven", r.history().get(0).reason());
        assertEquals(1, h.log.stream().filter(l -> l.contains("will not signal pid=4000")).count(), h.log.toString());
    }

    @Test
    void issue12_repeatedPingsNamingTheRefusedProcess_neitherSignalNorAddHistory() {
        Harness h = disabledUdpApp();
        for (int i = 0; i < 10; i++) {
            ping(h, STRANGER);
            h.advanceSeconds(1);
        }
        assertEquals(List.of(), h.processes.sent());
        assertEquals(1, web(h).history().size(), "refused once, never adopted again");
        assertEquals(1, h.log.stream().filter(l -> l.contains("will not signal")).count(), h.log.toString());
    }

    @Test
    void issue12_pid1AndTheDaemon_areNeverSignalled_evenInTheAppsCgroup() {
        for (long pid : new long[] {1, DAEMON}) {
            Harness h = disabledUdpApp();
            h.processes.inCgroupOf(pid, "web");
            ping(h, pid);
            h.advanceSeconds(5);
            assertEquals(List.of(), h.processes.sent(), "pid " + pid);
        }
    }

    @Test
    void issue12_aKernelThread_isNeverSignalled() {
        Harness h = disabledUdpApp();
        h.processes.lineage(STRANGER, new ProcessLineage(0, List.of(2L), true, false));
        h.processes.identity(STRANGER, new ProcessIdentity("/srv/app/run", "", "")); // even if it claims the binary
        ping(h, STRANGER);
        h.advanceSeconds(5);
        assertEquals(List.of(), h.processes.sent());
    }

    @Test
    void issue12_pidsBeyondPidMax_areNotTracked() {
        Harness h = started(Fixtures.app(AppConfig.KEEPALIVE_UDP));
        for (long pid : new long[] {2147483648L, 4294967295L, SignalGuard.PID_MAX + 1}) {
            ping(h, pid);
            assertEquals(0, web(h).pid(), "pid " + pid);
        }
        assertNotNull(web(h).started(), "the pings still count");
    }

    @Test
    void issue12_aProcessRunningTheAppsBinary_isStoppedAsBefore() {
        Harness h = disabledUdpApp();
        h.processes.identity(STRANGER, new ProcessIdentity("/srv/app/run", "", ""));
        ping(h, STRANGER);
        assertEquals(List.of(new Sent(STRANGER, Signal.USR1, false)), h.processes.sent());
    }

    @Test
    void issue12_spoofedPings_neverDisplaceTheAppsProvenProcess() {
        Harness h = started(Fixtures.app(AppConfig.KEEPALIVE_UDP));
        h.processes.alive(500, 1);
        h.processes.inCgroupOf(500, "web");
        ping(h, 500);
        String instance = web(h).instanceId();
        for (long other = 600; other < 700; other++) {
            h.processes.alive(other, 1);
            ping(h, other);
        }
        ApiResponse r = web(h);
        assertEquals(500, r.pid());
        assertEquals(instance, r.instanceId());
        assertTrue(r.history().isEmpty(), "no record added, none erased");
        assertEquals(1, h.log.stream().filter(l -> l.contains("pid=600 not adopted")).count(), h.log.toString());
    }

    @Test
    void issue12_aPingFromADescendantOfTheLaunchedChild_isAdopted() {
        Harness h = started(Fixtures.app(AppConfig.KEEPALIVE_UDP));
        h.advanceSeconds(61); // past the start-up grace: Patrol launches child 101
        assertEquals(1, h.launcher.count());
        h.processes.alive(777, 3);
        h.processes.lineage(777, new ProcessLineage(101, List.of(101L, 1L), false, false));
        ping(h, STRANGER);
        assertEquals(0, web(h).pid(), "a stranger does not displace the launched child");
        ping(h, 777);
        assertEquals(777, web(h).pid());
    }

    @Test
    void issue12_aPidFileNamingPid1OrTheDaemon_isTrackedButNeverSignalled() {
        for (long pid : new long[] {1, DAEMON, STRANGER}) {
            Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_PID_APP).stopTimeout(1).build()));
            h.processes.daemon(DAEMON, 1L);
            h.processes.alive(pid, 1);
            h.pidFiles.put("/srv/app/app.pid", Long.toString(pid));
            h.start();
            assertEquals(pid, web(h).pid(), "shown as the original does");
            h.api(ApiRequest.builder().group("app").id("web").toggle(Toggle.DISABLE));
            h.advanceSeconds(10);
            assertEquals(List.of(), h.processes.sent(), "pid " + pid);
            assertEquals("pid-unproven", web(h).history().get(0).reason());
            assertEquals(0, h.launcher.count(), "disabled: nothing launched");
        }
    }
}
