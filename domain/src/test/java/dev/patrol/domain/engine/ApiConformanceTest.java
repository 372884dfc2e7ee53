package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.api.HistoryRecord;
import dev.patrol.ports.api.Toggle;
import dev.patrol.ports.config.AppConfig;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The original's TestAPI (spec §11 items 29–46), step by step, through the library API. */
class ApiConformanceTest {
    private final Harness h = new Harness(Fixtures.apiConfig());

    private static ApiRequest.Builder app() {
        return ApiRequest.builder().group("app").id("http");
    }

    private static ApiRequest.Builder ping() {
        return app().ping(true);
    }

    private ApiResponse call(ApiRequest.Builder b) {
        h.clock.advanceSeconds(1); // so that each ping's time differs, as it does in Go
        ApiResponse r = h.api(b);
        assertEquals(List.of(), r.errors(), "unexpected errors");
        return r;
    }

    private void assertError(String error, ApiRequest.Builder b, Endpoint ep) {
        ApiResponse r = h.api(b, ep);
        assertEquals(List.of(error), r.errors());
        assertEquals(0, r.cas(), "an error response carries only `errors`");
        assertEquals("", r.id());
    }

    @Test
    void givenNullOrGrouplessRequests_api_reportsRequestNilAndUnknownGroup() {
        assertEquals(List.of("Request NIL"), h.supervisor.api(null, Endpoint.NONE).errors());
        assertError("Unknown Group", ApiRequest.builder(), Endpoint.NONE);
        assertError("Unknown Group", ApiRequest.builder().group("?"), Endpoint.NONE);
    }

    @Test
    void givenUnknownIds_api_reportsUnknownAppServiceAndServicePing() {
        assertError("Unknown App", ApiRequest.builder().group("app").id("nope"), Endpoint.NONE);
        assertError("Unknown App", ApiRequest.builder().group("apps").id("nope"), Endpoint.NONE);
        assertError("Unknown Service", ApiRequest.builder().group("service").id("nope"), Endpoint.NONE);
        assertError("Services don't support Ping", ApiRequest.builder().group("services").id("ssh").ping(true),
                Endpoint.NONE);
    }

    @Test
    void givenUppercaseServiceGroupWithPing_api_ignoresThePingLikeTheOriginal() {
        ApiResponse r = h.api(ApiRequest.builder().group("SERVICE").id("SSH").ping(true));
        assertEquals(List.of(), r.errors());
        assertEquals("service", r.group());
        assertEquals("ssh", r.id());
    }

    @Test
    void givenTheOriginalTestApiSequence_api_answersEveryStepWithThePreState() {
        // 31: a plain read
        ApiResponse r = call(app());
        assertEquals("http", r.id());
        assertEquals("app", r.group());
        assertEquals(0, r.pid());
        assertNull(r.started());
        assertNull(r.lastSeen());
        assertFalse(r.disabled());
        assertFalse(r.shutdown());
        assertTrue(r.history().isEmpty());
        assertTrue(r.keyValue().isEmpty());
        // 32: ping with pid 1 shows the pre-state
        r = call(ping().pid(1));
        assertEquals(0, r.pid());
        assertNull(r.started());
        // 33: the first PID ping set started, not lastseen
        r = call(ping().toggle(Toggle.DISABLE));
        assertEquals(1, r.pid());
        assertNotNull(r.started());
        assertNull(r.lastSeen());
        assertFalse(r.disabled());
        // 34
        r = call(ping().toggle(Toggle.ENABLE));
        assertTrue(r.disabled());
        Instant t1 = r.lastSeen();
        assertNotNull(t1);
        // 35
        assertError("PID Requires Ping", app().pid(1), Endpoint.NONE);
        // 36
        r = call(ping().pid(1).keyValue(Map.of("a", "b")));
        assertFalse(r.disabled());
        assertTrue(r.keyValue().isEmpty());
        Instant t2 = r.lastSeen();
        assertNotEquals(t1, t2);
        // 37
        h.supervisor.markShutdown();
        r = call(app().keyValue(Map.of("c", 1.0)));
        assertTrue(r.shutdown());
        assertEquals(Map.of("a", "b"), r.keyValue());
        assertNotEquals(t2, r.lastSeen());
        // 38: replace, merge, replace, empty replace, then a plain ping
        assertEquals(Map.of("a", "b", "c", 1.0), call(app().keyValue(Map.of("d", "e")).keyValueReplace(true)).keyValue());
        assertEquals(Map.of("d", "e"), call(ping().keyValue(Map.of("f", "g"))).keyValue());
        assertEquals(Map.of("d", "e", "f", "g"),
                call(ping().keyValue(Map.of("h", "i")).keyValueReplace(true)).keyValue());
        assertEquals(Map.of("h", "i"), call(ping().keyValueReplace(true)).keyValue());
        assertEquals(Map.of(), call(ping()).keyValue());
    }

    @Test
    void givenKeepaliveSwitchedToUdp_libraryPing_isAcceptedWithoutEndpointCheck() {
        call(ping().pid(1));
        Instant before = call(app()).lastSeen();
        h.supervisor.replaceAppConfig("http", Fixtures.app(AppConfig.KEEPALIVE_UDP).build());
        call(ping());
        assertNotEquals(before, call(app()).lastSeen());
    }

    @Test
    void givenPidKeepalives_ping_isNotSupported() {
        for (int keepAlive : new int[] {AppConfig.KEEPALIVE_PID_PATROL, AppConfig.KEEPALIVE_PID_APP}) {
            h.supervisor.replaceAppConfig("http", Fixtures.app(keepAlive).build());
            assertError("Ping Not Supported", ping(), Endpoint.NONE);
            assertError("PID Not Supported", app().pid(3), Endpoint.NONE);
        }
    }

    @Test
    void givenWrongEndpoints_ping_reportsInvalidPingEndpoint() {
        assertError("Invalid Ping Endpoint", ping(), Endpoint.UDP);
        h.supervisor.replaceAppConfig("http", Fixtures.app(AppConfig.KEEPALIVE_UDP).build());
        assertError("Invalid Ping Endpoint", ping(), Endpoint.HTTP);
        h.supervisor.replaceAppConfig("http", Fixtures.app(AppConfig.KEEPALIVE_HTTP).build());
        h.clock.advanceSeconds(1);
        assertEquals(List.of(), h.api(ping().pid(1), Endpoint.HTTP).errors());
        Instant first = call(app()).lastSeen();
        h.clock.advanceSeconds(1);
        h.api(ping(), Endpoint.HTTP);
        Instant second = call(app()).lastSeen();
        assertNotEquals(first, second);
        call(ping());
        assertNotEquals(second, call(app()).lastSeen());
    }

    @Test
    void givenANewPidInAPing_api_closesTheOldInstanceIntoHistory() {
        call(ping().pid(1));
        call(ping().pid(1).keyValue(Map.of("k", "v")));
        ApiResponse old = call(ping().pid(1));
        // 42
        ApiResponse r = call(ping().pid(2));
        assertEquals(1, r.pid());
        assertTrue(r.history().isEmpty());
        r = call(ping().pid(2));
        assertEquals(2, r.pid());
        assertNotNull(r.started());
        assertNull(r.lastSeen());
        assertEquals(1, r.history().size());
        HistoryRecord rec = r.history().get(0);
        assertEquals(1, rec.pid());
        assertEquals(old.started(), rec.started());
        assertNotNull(rec.lastSeen());
        assertNotNull(rec.stopped());
        assertFalse(rec.disabled());
        assertFalse(rec.restart());
        assertFalse(rec.runOnce());
        assertEquals(0, rec.exitCode());
        assertEquals(old.keyValue().size(), rec.keyValue().size());
        // 43
        r = call(ping().pid(2));
        assertEquals(2, r.pid());
        assertNotNull(r.lastSeen());
        assertEquals(1, r.history().size());
    }

    @Test
    void givenServiceKeyValueChanges_api_showsPreStateAndNoProcessFields() {
        ApiRequest.Builder ssh = ApiRequest.builder().group("service").id("ssh");
        assertEquals(Map.of(), call(ApiRequest.builder().group("service").id("ssh").keyValue(Map.of("a", "b"))).keyValue());
        assertEquals(Map.of("a", "b"), call(ApiRequest.builder().group("service").id("ssh").keyValue(Map.of("c", "d"))).keyValue());
        assertEquals(Map.of("a", "b", "c", "d"), call(ApiRequest.builder().group("service").id("ssh")
                .keyValue(Map.of("e", "f")).keyValueReplace(true)).keyValue());
        assertEquals(Map.of("e", "f"), call(ApiRequest.builder().group("service").id("ssh").keyValueReplace(true)).keyValue());
        ApiResponse r = call(ssh);
        assertEquals(Map.of(), r.keyValue());
        assertEquals(0, r.pid());
        assertNull(r.started());
        assertNull(r.lastSeen());
    }

    @Test
    void givenAnAppSecret_api_protectsChangesButNotReads() {
        h.supervisor.replaceAppConfig("http", Fixtures.app(AppConfig.KEEPALIVE_HTTP).secret("abc").build());
        assertSecretSequence(app());
    }

    @Test
    void givenAServiceSecret_api_protectsChangesButNotReads() {
        h.supervisor.replaceServiceConfig("ssh", Fixtures.ssh().secret("abc").build());
        assertSecretSequence(ApiRequest.builder().group("service").id("ssh"));
    }

    private void assertSecretSequence(ApiRequest.Builder target) {
        long cas = h.api(target).cas();
        ApiResponse r = h.api(target);
        assertTrue(r.casInvalid());
        assertTrue(r.secret());
        assertEquals(cas, r.cas());
        assertError("Secret Invalid", target.secret("ABC"), Endpoint.NONE);
        r = h.api(target.secret("abc"));
        assertFalse(r.casInvalid());
        assertEquals(cas, r.cas());
        r = h.api(target.secret("abc").keyValue(Map.of("a", "b")));
        assertEquals(Map.of(), r.keyValue());
        assertEquals(cas, r.cas());
        r = h.api(target.secret("abc").keyValue(null));
        assertEquals(cas + 1, r.cas());
        assertEquals(1, r.keyValue().size());
    }

    @Test
    void givenASecretlessPingToAProtectedApp_api_appliesNothing() {
        h.supervisor.replaceAppConfig("http", Fixtures.app(AppConfig.KEEPALIVE_HTTP).secret("abc").build());
        long cas = h.read("app", "http").cas();
        ApiResponse r = h.api(ping().pid(5), Endpoint.HTTP);
        assertTrue(r.casInvalid());
        assertEquals(List.of(), r.errors());
        ApiResponse after = h.read("app", "http");
        assertEquals(cas, after.cas());
        assertEquals(0, after.pid());
    }

    @Test
    void givenToggleOutOfRange_api_rejectsItAndChangesNothing() {
        long cas = h.read("app", "http").cas();
        assertError("Toggle Invalid", app().toggle(8), Endpoint.HTTP);
        assertError("Toggle Invalid", app().toggle(257), Endpoint.HTTP);
        assertError("Toggle Invalid", app().toggle(-1), Endpoint.HTTP);
        assertEquals(cas, h.read("app", "http").cas());
        assertFalse(h.read("app", "http").disabled());
    }
}
