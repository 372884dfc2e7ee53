package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The original's TestAPICAS (spec §11 items 47–52): +1 per applied request, pre-state answers. */
class CasConformanceTest {
    private final Harness h = new Harness(Fixtures.apiConfig());

    private ApiResponse ping(ApiRequest.Builder b) {
        h.clock.advanceSeconds(1);
        ApiResponse r = h.api(b.group("app").id("http").ping(true));
        assertEquals(List.of(), r.errors());
        return r;
    }

    private ApiResponse read() {
        return h.read("app", "http");
    }

    @Test
    void givenTheOriginalCasSequence_api_addsExactlyOnePerAppliedRequest() {
        // 47
        ApiResponse r = ping(ApiRequest.builder().pid(1));
        assertFalse(r.casInvalid());
        assertEquals(0, r.pid());
        assertNull(r.started());
        long c = r.cas();
        // 48
        r = ping(ApiRequest.builder().pid(1));
        assertEquals(1, r.pid());
        assertNotNull(r.started());
        assertNull(r.lastSeen());
        assertEquals(c + 1, r.cas());
        r = ping(ApiRequest.builder().pid(1));
        assertNotNull(r.lastSeen());
        assertEquals(c + 2, r.cas());
        // 49: reads add nothing
        for (int i = 0; i < 3; i++) {
            assertEquals(c + 3, read().cas());
        }
        // 50: key/value plus ping is a single +1
        r = ping(ApiRequest.builder().pid(1).cas(c + 3).keyValue(Map.of("a", "b")));
        assertFalse(r.casInvalid());
        assertEquals(c + 3, r.cas());
        assertEquals(Map.of(), r.keyValue());
        r = ping(ApiRequest.builder().pid(1).cas(c + 4).keyValue(Map.of("c", "d")));
        assertFalse(r.casInvalid());
        assertEquals(Map.of("a", "b"), r.keyValue());
        assertEquals(c + 4, r.cas());
        // 51
        r = ping(ApiRequest.builder().pid(1).cas(c + 5));
        assertEquals(c + 5, r.cas());
        assertEquals(Map.of("a", "b", "c", "d"), r.keyValue());
        r = ping(ApiRequest.builder().cas(c + 6));
        assertEquals(c + 6, r.cas());
        assertEquals(c + 7, read().cas());
        assertEquals(c + 7, read().cas());
        // 52: a stale CAS skips the change but still answers
        h.clock.advanceSeconds(1);
        r = h.api(ApiRequest.builder().group("app").id("http").cas(c + 6).keyValue(Map.of("e", "f")));
        assertTrue(r.casInvalid());
        assertEquals(List.of(), r.errors());
        assertEquals(2, r.keyValue().size());
        assertEquals(c + 7, r.cas());
        r = read();
        assertFalse(r.casInvalid());
        assertEquals(c + 7, r.cas());
        assertEquals(2, r.keyValue().size());
    }

    @Test
    void givenAStaleCas_ping_isStillApplied() {
        ping(ApiRequest.builder().pid(1));
        long cas = read().cas();
        ApiResponse r = ping(ApiRequest.builder().pid(1).cas(cas - 1).toggle(2));
        assertTrue(r.casInvalid());
        ApiResponse after = read();
        assertEquals(cas + 1, after.cas(), "the ping moved lastseen: +1");
        assertFalse(after.disabled(), "the toggle was skipped");
        assertNotNull(after.lastSeen());
    }

    @Test
    void givenCreation_cas_isSeedPlusOneForTheConfigKeyValue() {
        // FakeIdGenerator seeds 1000, 2000, ...; the initial key/value replace adds +1.
        assertEquals(1001, read().cas());
        assertEquals(2001, h.read("service", "ssh").cas());
    }

    @Test
    void givenSettingAFlagToItsCurrentValue_cas_doesNotMove() {
        long cas = read().cas();
        h.api(ApiRequest.builder().group("app").id("http").toggle(1));
        assertEquals(cas, read().cas());
        h.api(ApiRequest.builder().group("app").id("http").toggle(2));
        assertEquals(cas + 1, read().cas());
        h.api(ApiRequest.builder().group("app").id("http").keyValueReplace(true));
        assertEquals(cas + 2, read().cas(), "an empty replace always counts");
    }
}
