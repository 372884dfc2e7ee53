package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Toggle;
import dev.patrol.ports.config.ServiceConfig;
import dev.patrol.ports.service.ServiceOperation;
import dev.patrol.ports.service.ServiceOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Services (spec §4.3, F10): status decides; every command runs off the engine thread. */
class ServiceLifecycleTest {
    private static Harness started(ServiceConfig.Builder b) {
        Harness h = new Harness(Fixtures.oneService(b.build()));
        h.start();
        return h;
    }

    private static ApiResponse svc(Harness h) {
        return h.read("service", "svc");
    }

    private static ServiceOperation pendingOp(Harness h) {
        return h.services.pending().command().operation();
    }

    private static void complete(Harness h, int code) {
        h.services.complete(code);
        h.drain();
    }

    @Test
    void givenStatusSucceeds_tick_opensAnInstanceThenRefreshesLastSeen() {
        Harness h = started(Fixtures.ssh());
        assertEquals(ServiceOperation.STATUS, pendingOp(h));
        assertEquals("status", h.services.pending().command().verb());
        complete(h, 0);
        ApiResponse r = svc(h);
        assertNotNull(r.started());
        assertNull(r.lastSeen());
        h.advanceSeconds(15);
        complete(h, 0);
        assertNotNull(svc(h).lastSeen());
    }

    @Test
    void givenStatusFails_tick_startsTheService() {
        Harness h = started(Fixtures.ssh());
        complete(h, 3);
        assertEquals(ServiceOperation.START, pendingOp(h));
        complete(h, 0);
        assertNotNull(svc(h).started());
    }

    @Test
    void givenAnIgnoredStatusCode_status_countsAsRunning() {
        Harness h = started(Fixtures.ssh().ignoreExitCodesStatus(List.of(3)));
        complete(h, 3);
        assertNotNull(svc(h).started());
        assertEquals(1, h.services.calls().size(), "no start issued");
    }

    @Test
    void givenACodeIgnoredForStatusOnly_start_stillFailsOnIt() {
        Harness h = started(Fixtures.ssh().ignoreExitCodesStatus(List.of(3)).ignoreExitCodesStart(List.of(4)));
        complete(h, 1);
        assertEquals(ServiceOperation.START, pendingOp(h));
        complete(h, 3);
        assertNull(svc(h).started(), "3 is ignored for status, not for start");
        assertTrue(h.listener.kinds().contains(dev.patrol.ports.hooks.TriggerEvent.Kind.START_FAILED));
        h.advanceSeconds(15);
        complete(h, 1);
        complete(h, 4);
        assertNotNull(svc(h).started(), "4 is ignored for start");
    }

    @Test
    void givenATimeout_status_isAFailureEvenIf255IsIgnored() {
        Harness h = started(Fixtures.ssh().ignoreExitCodesStatus(List.of(255)));
        h.services.pending().outcome().complete(ServiceOutcome.timedOut("after 30 s"));
        h.drain();
        assertEquals(ServiceOperation.START, pendingOp(h));
        assertTrue(h.log.contains("service svc status failed: timed out: after 30 s"), h.log.toString());
    }

    @Test
    void givenAHungCommand_api_stillAnswersAndNoSecondCommandIsQueued() {
        Harness h = started(Fixtures.ssh());
        assertEquals("SSH", svc(h).name());
        h.advanceSeconds(60);
        assertEquals(1, h.services.calls().size(), "one command at a time per service");
    }

    @Test
    void givenDisableWhileRunning_toggle_issuesStopAndClosesOnSuccess() {
        Harness h = started(Fixtures.ssh());
        complete(h, 0);
        h.api(ApiRequest.builder().group("service").id("svc").toggle(Toggle.DISABLE));
        assertEquals(ServiceOperation.STATUS, pendingOp(h), "the toggle checks the status at once");
        complete(h, 0);
        assertEquals(ServiceOperation.STOP, pendingOp(h));
        complete(h, 0);
        ApiResponse r = svc(h);
        assertNull(r.started());
        assertTrue(r.history().get(0).disabled());
    }

    @Test
    void givenRestartToggle_runningService_isRestartedOnceWithARestartRecord() {
        Harness h = started(Fixtures.ssh().managementRestartParameter("force-reload"));
        complete(h, 0);
        h.api(ApiRequest.builder().group("service").id("svc").toggle(Toggle.RESTART));
        complete(h, 0);
        assertEquals(ServiceOperation.RESTART, pendingOp(h));
        assertEquals("force-reload", h.services.pending().command().verb());
        complete(h, 0);
        ApiResponse r = svc(h);
        assertTrue(r.history().get(0).restart());
        assertEquals(false, r.restart());
        h.advanceSeconds(15);
        complete(h, 0);
        assertNotNull(svc(h).started(), "the next status finds the new instance");
        assertEquals(1, h.services.calls().stream()
                .filter(c -> c.command().operation() == ServiceOperation.RESTART).count(), "restart issued once");
    }

    @Test
    void givenAFailedStart_service_staysDownAndRetriesAtTheNextTick() {
        Harness h = started(Fixtures.ssh());
        complete(h, 3);
        complete(h, 1);
        assertNull(svc(h).started());
        h.advanceSeconds(15);
        assertEquals(ServiceOperation.STATUS, pendingOp(h));
    }

    @Test
    void givenADisabledStoppedService_tick_neverStartsIt() {
        Harness h = started(Fixtures.ssh().disabled(true));
        complete(h, 3);
        h.advanceSeconds(15);
        complete(h, 3);
        assertTrue(h.services.calls().stream().allMatch(c -> c.command().operation() == ServiceOperation.STATUS));
    }
}
