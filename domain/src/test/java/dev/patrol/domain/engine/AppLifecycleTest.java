package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.HistoryRecord;
import dev.patrol.ports.api.Toggle;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.hooks.TriggerEvent.Kind;
import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.Signal;
import dev.patrol.ports.testing.FakeProcessTable.Sent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PID_PATROL apps: launch, exit, respawn (F1), stop sequence (A2), toggles, run-once. */
class AppLifecycleTest {
    private Harness started(AppConfig app) {
        Harness h = new Harness(Fixtures.oneApp(app));
        h.start();
        return h;
    }

    private static AppConfig.Builder patrolApp() {
        return Fixtures.app(AppConfig.KEEPALIVE_PID_PATROL);
    }

    private static ApiResponse web(Harness h) {
        return h.read("app", "web");
    }

    private static void toggle(Harness h, int toggle) {
        h.api(ApiRequest.builder().group("app").id("web").toggle(toggle));
    }

    @Test
    void givenAnEnabledApp_loopStart_launchesItWithThePlannedSpec() {
        Harness h = started(patrolApp().build());
        assertEquals(1, h.launcher.count());
        assertEquals("/srv/app/run", h.launcher.last().spec().executable());
        assertEquals("/srv/app/app.pid", h.launcher.last().spec().pidFile(), "F7: PID_PATROL PIDs are written");
        ApiResponse r = web(h);
        assertEquals(101, r.pid());
        assertNotNull(r.started());
        assertEquals(h.clock.now(), r.lastSeen(), "a running PID_PATROL app is seen now");
        assertTrue(h.log.contains("app web started pid=101 instance=" + r.instanceId()));
    }

    /** Hundreds of launches at start-up must not hold the engine: the rest of the tick is queued. */
    @Test
    void givenManyApps_loopStart_launchesOneSliceThenQueuesTheRest() {
        Config.Builder config = Config.builder();
        int apps = AppSupervision.TICK_SLICE * 3 + 5;
        for (int i = 0; i < apps; i++) {
            config.app("app" + i, patrolApp().pidPath("app" + i + ".pid").build());
        }
        Harness h = new Harness(config.build());

        h.supervisor.startLoop();

        assertEquals(AppSupervision.TICK_SLICE, h.launcher.count(), "one slice on the first event");
        assertFalse(h.posted.isEmpty(), "the rest waits on the queue behind other events");
        h.drain();
        assertEquals(apps, h.launcher.count(), "every app launched once");
    }

    /** Slow launches end a slice early, by time: at 3 ms each, the seventh passes the 20 ms budget. */
    @Test
    void givenSlowLaunches_loopStart_endsTheSliceAtItsTimeBudget() {
        Config.Builder config = Config.builder();
        for (int i = 0; i < 20; i++) {
            config.app("app" + i, patrolApp().pidPath("app" + i + ".pid").build());
        }
        Harness h = new Harness(config.build());
        h.launcher.onLaunch(() -> h.clock.advanceMillis(3));

        h.supervisor.startLoop();

        assertEquals(7, h.launcher.count(), "21 ms spent after the seventh launch");
        h.drain();
        assertEquals(20, h.launcher.count(), "every app launched once");
    }

    @Test
    void givenARunningApp_exit_closesItsInstanceAndRespawnsAtOnce() {
        Harness h = started(patrolApp().build());
        String instance = web(h).instanceId();
        h.clock.advanceSeconds(5);
        h.launcher.exit(101, ExitStatus.exited(0));
        h.drain();
        assertEquals(2, h.launcher.count(), "F1: respawned on the exit event, not at a tick");
        ApiResponse r = web(h);
        assertEquals(102, r.pid());
        HistoryRecord rec = r.history().get(0);
        assertEquals(instance, rec.instanceId());
        assertEquals(101, rec.pid());
        assertEquals(rec.stopped(), rec.lastSeen(), "PID_PATROL lastseen equals stopped");
        assertEquals(0, rec.exitCode());
        assertFalse(rec.shutdown());
    }

    @Test
    void givenADeathBySignal_exit_recordsCode255AndTheSignal() {
        Harness h = started(patrolApp().build());
        h.clock.advanceSeconds(5);
        h.launcher.exit(101, ExitStatus.killedBy(9));
        h.drain();
        HistoryRecord rec = web(h).history().get(0);
        assertEquals(255, rec.exitCode());
        assertEquals(9, rec.signal());
    }

    @Test
    void givenConsecutiveFastFailures_restart_backsOffExponentially() {
        Harness h = started(patrolApp().build());
        h.launcher.exit(101, ExitStatus.exited(1));
        h.drain();
        assertEquals(2, h.launcher.count(), "the first fast failure respawns at once");
        h.launcher.exit(102, ExitStatus.exited(1));
        h.drain();
        assertEquals(2, h.launcher.count());
        h.advance(java.time.Duration.ofMillis(99));
        assertEquals(2, h.launcher.count(), "second failure waits 100 ms");
        h.advance(java.time.Duration.ofMillis(1));
        assertEquals(3, h.launcher.count());
        h.launcher.exit(103, ExitStatus.exited(1));
        h.drain();
        h.advance(java.time.Duration.ofMillis(199));
        assertEquals(3, h.launcher.count(), "third failure waits 200 ms");
        h.advance(java.time.Duration.ofMillis(1));
        assertEquals(4, h.launcher.count());
        assertTrue(h.log.contains("app web exited code=1 after 0.0s, restarting in 200ms"), h.log.toString());
    }

    @Test
    void givenAStableRun_restart_resetsTheBackoff() {
        Harness h = started(patrolApp().build());
        h.launcher.exit(101, ExitStatus.exited(1));
        h.drain();
        h.launcher.exit(102, ExitStatus.exited(1));
        h.drain();
        h.advance(java.time.Duration.ofMillis(100));
        h.advanceSeconds(2);
        h.launcher.exit(103, ExitStatus.exited(1));
        h.drain();
        assertEquals(4, h.launcher.count(), "a run longer than start-seconds resets: immediate respawn");
    }

    @Test
    void givenAStartLimit_fastFailures_disableTheAppWithAReason() {
        Harness h = started(patrolApp().startLimit(2).build());
        h.launcher.exit(101, ExitStatus.exited(1));
        h.drain();
        h.launcher.exit(102, ExitStatus.exited(1));
        h.drain();
        h.advanceSeconds(60);
        assertEquals(2, h.launcher.count());
        ApiResponse r = web(h);
        assertTrue(r.disabled());
        assertEquals("start-limit", r.history().get(1).reason());
        assertEquals("", r.history().get(0).reason());
        assertTrue(h.log.contains("gave up: app web disabled after 2 fast failures"));
    }

    @Test
    void givenRestartNeverOrOnFailure_exit_holdsTheAppDown() {
        Harness never = started(patrolApp().restart("never").build());
        never.launcher.exit(101, ExitStatus.exited(1));
        never.drain();
        assertEquals(1, never.launcher.count());
        assertTrue(web(never).disabled());

        Harness onFailure = started(patrolApp().restart("on-failure").build());
        onFailure.launcher.exit(101, ExitStatus.exited(3));
        onFailure.drain();
        assertEquals(2, onFailure.launcher.count(), "a failure restarts");
        onFailure.clock.advanceSeconds(5);
        onFailure.launcher.exit(102, ExitStatus.exited(0));
        onFailure.drain();
        assertEquals(2, onFailure.launcher.count(), "a clean exit does not");
        assertTrue(web(onFailure).disabled());
    }

    @Test
    void givenDisable_stopSequence_escalatesFromUsr1ToTermToKillOnTheGroup() {
        Harness h = started(patrolApp().stopTimeout(10).build());
        toggle(h, Toggle.DISABLE);
        assertEquals(List.of(new Sent(101, Signal.USR1, false)), h.processes.sent());
        h.advanceSeconds(9);
        assertEquals(1, h.processes.sent().size());
        h.advanceSeconds(1);
        assertEquals(new Sent(101, Signal.TERM, true), h.processes.sent().get(1));
        h.advanceSeconds(10);
        assertEquals(new Sent(101, Signal.KILL, true), h.processes.sent().get(2));
        h.launcher.exit(101, ExitStatus.killedBy(9));
        h.drain();
        h.advanceSeconds(60);
        assertEquals(1, h.launcher.count(), "a disabled app is not relaunched");
        HistoryRecord rec = web(h).history().get(0);
        assertTrue(rec.disabled());
        assertEquals(List.of(new Sent(101, Signal.USR1, false), new Sent(101, Signal.TERM, true),
                new Sent(101, Signal.KILL, true), new Sent(101, Signal.KILL, true)), h.processes.sent(),
                "the group is swept once at the exit, and nothing is sent afterwards");
    }

    @Test
    void givenDisableThenExitOnUsr1_stopSequence_endsWithoutEscalation() {
        Harness h = started(patrolApp().build());
        toggle(h, Toggle.DISABLE);
        h.launcher.exit(101, ExitStatus.exited(10));
        h.drain();
        h.advanceSeconds(30);
        assertEquals(List.of(new Sent(101, Signal.USR1, false), new Sent(101, Signal.KILL, true)), h.processes.sent(),
                "no TERM: only the sweep of what the leader left in its group (F5)");
        HistoryRecord rec = web(h).history().get(0);
        assertEquals(10, rec.exitCode());
        assertTrue(rec.disabled());
        toggle(h, Toggle.ENABLE);
        assertEquals(2, h.launcher.count(), "enable launches at once");
    }

    @Test
    void givenRestartToggle_runningApp_getsUsr2OnceAndIsRelaunchedAfterExit() {
        Harness h = started(patrolApp().build());
        toggle(h, Toggle.RESTART);
        assertEquals(List.of(new Sent(101, Signal.USR2, false)), h.processes.sent());
        assertFalse(web(h).restart(), "the flag is consumed once the signal is sent");
        h.advanceSeconds(16);
        assertEquals(1, h.processes.sent().size(), "only once");
        h.launcher.exit(101, ExitStatus.exited(12));
        h.drain();
        assertEquals(2, h.launcher.count());
    }

    @Test
    void givenRepeatedRestarts_quickExits_areNotFastFailures() {
        Harness h = started(patrolApp().startLimit(2).build());
        for (long pid = 101; pid <= 104; pid++) {
            toggle(h, Toggle.RESTART);
            h.launcher.exit(pid, ExitStatus.exited(12));
            h.drain();
        }
        assertEquals(5, h.launcher.count(), "each restart relaunches at once, no backoff, no start limit");
        assertFalse(web(h).disabled());
    }

    @Test
    void givenRunOnceWhileRunning_nextExit_disablesTheApp() {
        Harness h = started(patrolApp().build());
        toggle(h, Toggle.RUNONCE_ENABLE);
        assertTrue(web(h).runOnce());
        h.launcher.exit(101, ExitStatus.exited(0));
        h.drain();
        ApiResponse r = web(h);
        assertTrue(r.disabled());
        assertFalse(r.runOnce());
        assertTrue(r.history().get(0).runOnce(), "the record says run-once was consumed");
        assertEquals(1, h.launcher.count());
        assertTrue(h.log.contains("app web exited code=0 after 0.0s, not restarting (run-once)"), h.log.toString());
        toggle(h, Toggle.ENABLE_RUNONCE_ENABLE);
        assertEquals(2, h.launcher.count(), "toggle 6 starts it once more");
        h.launcher.exit(102, ExitStatus.exited(0));
        h.drain();
        assertTrue(web(h).disabled());
    }

    @Test
    void givenExecuteTimeout_app_isStoppedAfterThatManySecondsAndRelaunched() {
        Harness h = started(patrolApp().executeTimeout(30).build());
        h.advanceSeconds(29);
        assertTrue(h.processes.sent().isEmpty(), "F2: not killed at once");
        h.advanceSeconds(1);
        assertEquals(new Sent(101, Signal.USR1, false), h.processes.sent().get(0));
        h.launcher.exit(101, ExitStatus.exited(10));
        h.drain();
        assertEquals("execute-timeout", web(h).history().get(0).reason());
        assertEquals(2, h.launcher.count());
    }

    @Test
    void givenALaunchFailure_app_reportsStartFailedAndRetries() {
        Harness h = new Harness(Fixtures.oneApp(patrolApp().build()));
        h.launcher.failNextLaunchWith("no such file /srv/app/run");
        h.start();
        assertTrue(h.listener.kinds().contains(Kind.START_FAILED));
        assertTrue(h.log.contains("unable to spawn app web: no such file /srv/app/run, restarting in 0ms"), h.log.toString());
        assertEquals(1, h.launcher.count(), "the first failure retries at once, and that launch worked");
        assertNotNull(web(h).started());
    }

    @Test
    void givenALaunchFailureWithAStartLimitOfOne_app_isDisabledWithAnInstancelessRecord() {
        Harness h = new Harness(Fixtures.oneApp(patrolApp().startLimit(1).build()));
        h.launcher.failNextLaunchWith("permission denied");
        h.start();
        assertEquals(0, h.launcher.count());
        ApiResponse r = web(h);
        assertTrue(r.disabled());
        assertNull(r.started());
        HistoryRecord rec = r.history().get(0);
        assertEquals("start-limit", rec.reason());
        assertEquals("", rec.instanceId());
        assertNull(rec.started());
    }

    @Test
    void givenShutdown_launchedApps_getTheStopSequenceAndShutdownRecords() {
        Harness h = started(patrolApp().build());
        h.supervisor.beginShutdown();
        h.drain();
        assertTrue(h.supervisor.hasLiveChildren());
        assertEquals(new Sent(101, Signal.USR1, false), h.processes.sent().get(0));
        h.launcher.exit(101, ExitStatus.exited(10));
        h.drain();
        assertFalse(h.supervisor.hasLiveChildren());
        HistoryRecord rec = web(h).history().get(0);
        assertTrue(rec.shutdown());
        assertEquals(10, rec.exitCode());
        assertEquals(1, h.launcher.count(), "nothing respawns during shutdown");
        assertTrue(h.listener.kinds().contains(Kind.PATROL_SHUTDOWN));
    }

    @Test
    void givenADisabledApp_tick_neverLaunchesAndFiresDisabled() {
        Harness h = started(patrolApp().disabled(true).build());
        h.advanceSeconds(45);
        assertEquals(0, h.launcher.count());
        assertTrue(h.listener.kinds().stream().filter(k -> k == Kind.DISABLED).count() >= 3);
        assertNull(web(h).started());
    }
}
