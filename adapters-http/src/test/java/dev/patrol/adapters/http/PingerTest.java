package dev.patrol.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.patrol.ports.api.ApiResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An HTTP-keepalive app pinging like the original's unittest/testapp (spec §10.1). */
class PingerTest {
    private static final String PING = "{\"id\":\"h\",\"group\":\"app\",\"ping\":true,\"pid\":4242}";
    @RegisterExtension
    final ApiServerFixture f = new ApiServerFixture();

    @Test
    void givenRegularPings_post_keepsTheAppRunningAndMovesLastSeen() throws Exception {
        ApiServerFixture.Answer first = f.post("/api/", PING);
        assertEquals(200, first.status(), first.text());
        ApiResponse started = f.read("h");
        assertNotNull(started.instanceId(), "the first ping with a PID starts an instance");
        assertEquals(4242, started.pid());
        for (int i = 1; i <= 6; i++) {
            f.clock.advanceSeconds(10);
            ApiServerFixture.Answer a = f.post("/api/", PING);
            assertEquals(200, a.status(), a.text());
            assertFalse(a.text().contains("errors"), a.text());
            ApiResponse now = f.read("h");
            assertEquals(started.instanceId(), now.instanceId(), "still the same instance after ping " + i);
            assertEquals(started.started(), now.started());
            assertEquals(f.clock.now(), now.lastSeen(), "lastseen follows ping " + i);
        }
        assertEquals(Instant.parse("2026-11-24T23:43:14Z"), f.read("h").lastSeen());
    }
}
