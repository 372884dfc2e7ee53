package dev.patrol.adapters.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Request/reply over UDP against the real engine (spec §6.10, Appendix A item 7). */
class UdpExchangeTest {
    private static final String RFC1123Z_T0 = "Tue, 24 Nov 2026 23:42:14 +0000";
    private UdpHarness h;

    @BeforeEach
    void start() throws Exception {
        h = UdpHarness.start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private static ApiResponse app(String id, String instanceId, String name, long pid, Instant started,
            Instant lastSeen, boolean secret, long cas, boolean casInvalid) {
        return new ApiResponse(id, instanceId, "app", name, pid, started, lastSeen, false, false, false, false,
                null, null, secret, null, cas, casInvalid);
    }

    @Test
    void givenAUdpApp_pingWithPid_repliesPreStateThenShowsTheNewInstance() {
        long cas = h.read("u").cas();

        String first = h.client.ask("{\"group\":\"app\",\"id\":\"u\",\"ping\":true,\"pid\":77}");
        assertEquals(h.compact(app("u", null, "U", 0, null, null, false, cas, false)), first);
        assertEquals("{\"id\":\"u\",\"group\":\"app\",\"name\":\"U\",\"cas\":" + cas + "}", first,
                "the pre-state, compact, without keyvalue although `u` has one");

        String instance = h.read("u").instanceId();
        assertFalse(instance.isEmpty(), "the ping started an instance");
        String second = h.client.ask("{\"group\":\"app\",\"id\":\"u\"}");
        assertEquals(h.compact(app("u", instance, "U", 77, UdpHarness.T0, null, false, cas + 1, false)), second);
        assertEquals("{\"id\":\"u\",\"instance-id\":\"" + instance + "\",\"group\":\"app\",\"name\":\"U\",\"pid\":77,"
                + "\"started\":\"" + RFC1123Z_T0 + "\",\"cas\":" + (cas + 1) + "}", second);
    }

    @Test
    void givenAnAppWithHistoryAndKeyValue_udpRead_showsNeither() {
        h.client.ask("{\"group\":\"app\",\"id\":\"u\",\"ping\":true,\"pid\":77}");
        h.client.ask("{\"group\":\"app\",\"id\":\"u\",\"ping\":true,\"pid\":78}"); // closes the pid-77 instance
        ApiResponse direct = h.read("u");
        assertFalse(direct.history().isEmpty(), "a library read shows the history");
        assertFalse(direct.keyValue().isEmpty(), "a library read shows the key/value");

        String reply = h.client.ask("{\"group\":\"app\",\"id\":\"u\",\"history\":true}");
        assertFalse(reply.contains("\"history\""), reply);
        assertFalse(reply.contains("\"keyvalue\""), reply);
        assertEquals(78, h.json.decodeResponse(reply.getBytes(StandardCharsets.UTF_8)).pid());
    }

    @Test
    void givenApiErrors_request_getsNoReplyAndChangesNothing() {
        long cas = h.read("u").cas();
        h.assertNoReply("{\"group\":\"app\",\"id\":\"nope\"}");
        h.assertNoReply("{\"group\":\"app\",\"id\":\"u\",\"pid\":5}");
        h.assertNoReply("{\"group\":\"app\",\"id\":\"u\",\"toggle\":8}");
        h.assertNoReply("{\"group\":\"services\",\"id\":\"u\",\"ping\":true}");
        h.assertNoReply("{\"group\":\"app\",\"id\":\"web\",\"secret\":\"wrong\",\"toggle\":2}");
        h.assertNoReply("{}");
        assertEquals(cas, h.read("u").cas());
        assertEquals(0, h.read("u").pid());
    }

    @Test
    void givenAnHttpApp_pingOverUdp_getsNoReply() {
        ApiRequest ping = ApiRequest.builder().group("app").id("h").ping(true).pid(9).build();
        assertEquals(List.of("Invalid Ping Endpoint"), h.call(ping, Endpoint.UDP).errors(), "the engine's answer");

        h.assertNoReply("{\"group\":\"app\",\"id\":\"h\",\"ping\":true,\"pid\":9}");
        assertEquals(0, h.read("h").pid());
        assertTrue(h.read("h").instanceId().isEmpty());
    }

    @Test
    void givenASecretProtectedApp_pingWithoutSecret_getsAReadOnlyReply() {
        long cas = h.read("web").cas();

        String reply = h.client.ask("{\"group\":\"app\",\"id\":\"web\",\"ping\":true,\"pid\":5}");

        assertEquals(h.compact(app("web", null, "W", 0, null, null, true, cas, true)), reply);
        assertEquals("{\"id\":\"web\",\"group\":\"app\",\"name\":\"W\",\"secret\":true,\"cas\":" + cas
                + ",\"cas-invalid\":true}", reply);
        assertEquals(0, h.read("web").pid(), "nothing applied");
        assertEquals(cas, h.read("web").cas());
    }

    @Test
    void givenAPinger_pingsEvery500ms_keepLastSeenMoving() {
        String ping = "{\"group\":\"app\",\"id\":\"u\",\"ping\":true,\"pid\":4242}";
        h.table.alive(4242, 1);
        h.client.ask(ping); // starts the instance at T0
        for (int i = 1; i <= 5; i++) {
            h.clock.advanceMillis(500);
            Instant sent = h.clock.now();
            String reply = h.client.ask(ping);
            ApiResponse before = h.json.decodeResponse(reply.getBytes(StandardCharsets.UTF_8));
            assertEquals(4242, before.pid());
            assertEquals(UdpHarness.T0, before.started());
            Instant previous = i == 1 ? null : sent.minusMillis(500).truncatedTo(ChronoUnit.SECONDS);
            assertEquals(previous, before.lastSeen(), "reply " + i + " (the wire has second precision): " + reply);
            assertEquals(sent, h.read("u").lastSeen(), "after ping " + i);
        }
    }
}
