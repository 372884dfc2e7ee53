package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.process.ProcessIdentity;
import org.junit.jupiter.api.Test;

/** `pid-verify: true` (F3): a PID from outside is adopted only if its process runs the app's binary. */
class PidVerifyTest {
    private static final String BINARY = "/srv/app/run";
    private static final ProcessIdentity SLEEP = new ProcessIdentity("/usr/bin/sleep", "sleep", "");

    /** A PID_APP app whose PID file names 4242, a live process that runs `runs`. */
    private static Harness staleFile(boolean pidVerify, ProcessIdentity runs) {
        AppConfig app = Fixtures.app(AppConfig.KEEPALIVE_PID_APP).pidVerify(pidVerify).build();
        Harness h = new Harness(Fixtures.oneApp(app));
        h.pidFiles.put("/srv/app/app.pid", "4242");
        h.processes.alive(4242, 7);
        h.processes.identity(4242, runs);
        h.start();
        return h;
    }

    private static ApiResponse web(Harness h) {
        return h.read("app", "web");
    }

    @Test
    void givenAPidFileNamingAnotherBinary_withPidVerify_launchesTheAppInstead() {
        Harness h = staleFile(true, SLEEP);
        assertEquals(1, h.launcher.count(), "the stranger is not the app");
        assertEquals(0, web(h).pid());
        h.advanceSeconds(5);
        assertEquals(0, web(h).pid(), "still not adopted while our launcher runs");
        assertEquals(1, h.launcher.count());
        long refusals = h.log.stream().filter(l -> l.equals("app web pid=4242 not adopted (pid-verify): "
                + "it runs exe=/usr/bin/sleep argv0=sleep, not " + BINARY)).count();
        assertEquals(1, refusals, "said once, not every second: " + h.log);
        assertTrue(h.processes.sent().isEmpty(), "the stranger gets no signal");
    }

    @Test
    void givenAPidFileNamingAnotherBinary_withoutPidVerify_adoptsIt() {
        Harness h = staleFile(false, SLEEP);
        assertEquals(0, h.launcher.count(), "unchanged: any live PID in the file is the app");
        assertEquals(4242, web(h).pid());
    }

    @Test
    void givenTheBinaryAsExecutableArgv0OrScript_withPidVerify_adoptsIt() {
        for (ProcessIdentity runs : new ProcessIdentity[] {
                new ProcessIdentity(BINARY, "run", ""),
                new ProcessIdentity("", BINARY, ""), // exe unreadable (another user's process), cmdline readable
                new ProcessIdentity("/bin/sh", "/bin/sh", BINARY)}) {
            Harness h = staleFile(true, runs);
            assertEquals(0, h.launcher.count(), runs.toString());
            assertEquals(4242, web(h).pid(), runs.toString());
        }
    }

    @Test
    void givenAProcessTheOsWillNotDescribe_withPidVerify_countsAsNotRunning() {
        Harness h = staleFile(true, ProcessIdentity.UNKNOWN);
        assertEquals(1, h.launcher.count());
        assertTrue(h.log.contains("app web pid=4242 not adopted (pid-verify): it runs exe=? argv0=?, not " + BINARY),
                h.log.toString());
    }

    @Test
    void givenAnAdoptedApp_pidFileRewrittenToAStranger_closesWithPidVerifyAndRelaunches() {
        Harness h = staleFile(true, new ProcessIdentity(BINARY, BINARY, ""));
        assertEquals(4242, web(h).pid());
        h.clock.advanceSeconds(30);
        h.pidFiles.put("/srv/app/app.pid", "777");
        h.processes.alive(777, 3);
        h.processes.identity(777, SLEEP);
        h.advanceSeconds(1);
        assertEquals("pid-verify", web(h).history().get(0).reason());
        assertEquals(1, h.launcher.count());
    }

    @Test
    void givenAPingWithAStrangersPid_withPidVerify_keepsTheAppAliveWithoutThePid() {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_HTTP).pidVerify(true).build()));
        h.start();
        h.processes.alive(600, 1);
        h.processes.identity(600, SLEEP);
        h.api(ApiRequest.builder().group("app").id("web").ping(true).pid(600), Endpoint.HTTP);
        ApiResponse r = web(h);
        assertNotNull(r.started(), "the ping itself still counts");
        assertEquals(0, r.pid(), "but its PID is never stored, so never signalled");

        h.processes.alive(601, 1);
        h.processes.identity(601, new ProcessIdentity(BINARY, BINARY, ""));
        h.api(ApiRequest.builder().group("app").id("web").ping(true).pid(601), Endpoint.HTTP);
        assertEquals(601, web(h).pid(), "a PID that runs the binary is taken");
    }
}
