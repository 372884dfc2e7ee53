package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.process.Signal;
import dev.patrol.ports.testing.FakeProcessTable.Sent;
import org.junit.jupiter.api.Test;

/** Graceful shutdown of apps Patrol did not launch (the state table's SHUTDOWN rows). */
class ShutdownTest {
    private static Harness pingedIn(long pid) {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_HTTP).build()));
        h.start();
        h.processes.alive(pid, 1);
        h.processes.inCgroupOf(pid, "web");
        h.api(ApiRequest.builder().group("app").id("web").ping(true).pid(pid), Endpoint.HTTP);
        return h;
    }

    @Test
    void givenAnAdoptedProcessProvablyTheApps_shutdown_sendsItSigusr1Only() {
        Harness h = pingedIn(500);
        h.supervisor.beginShutdown();
        h.drain();
        assertEquals(java.util.List.of(new Sent(500, Signal.USR1, false)), h.processes.sent());
        assertTrue(h.processes.sent().stream().noneMatch(s -> s.signal() == Signal.TERM));
    }

    @Test
    void givenAnAdoptedProcessWhosePidWasReused_shutdown_signalsNothing() {
        Harness h = pingedIn(500);
        h.processes.alive(500, 2); // another process now holds the PID
        h.supervisor.beginShutdown();
        h.drain();
        assertEquals(java.util.List.of(), h.processes.sent());
    }
}
