package dev.patrol.adapters.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.GoTimeLayout;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.testing.Await;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Over the in-flight cap, datagrams are dropped unparsed, counted and warned about, and answering resumes. */
class UdpOverloadTest {
    private static final SocketAddress FROM = new InetSocketAddress("127.0.0.1", 40000);
    /** Holds every request's future until the test completes it, like a busy engine. */
    private final HeldApi busy = new HeldApi();
    private final List<CompletableFuture<ApiResponse>> held = busy.held;
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final ReplyQueue queue = new ReplyQueue("test-udp-sender");
    /** The clock stands still: every warning after the first falls in the same interval. */
    private final UdpRequestHandler handler = new UdpRequestHandler(busy,
            new ApiJson(GoTimeLayout.rfc1123z(), ZoneOffset.UTC),
            (reply, to) -> sent.add(StandardCharsets.UTF_8.decode(reply) + " to " + to), queue, 2,
            new RateLimitedLog(warnings::add, 10, TimeUnit.SECONDS, () -> 0L));

    @AfterEach
    void stop() {
        queue.stop();
    }

    private void receive(String json) {
        byte[] buffer = new byte[UdpApiServer.MAX_REQUEST_BYTES];
        byte[] payload = json.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(payload, 0, buffer, 0, payload.length);
        handler.handle(buffer, payload.length, FROM);
    }

    private static ApiResponse answer(String id) {
        return new ApiResponse(id, null, "app", "N", 0, null, null, false, false, false, false, null, null, false,
                null, 1, false);
    }

    @Test
    void givenTheCapReached_datagrams_areDroppedUnparsedCountedAndWarnedOnce() {
        queue.start();
        receive("{\"id\":\"a\"}");
        receive("{\"id\":\"b\"}");

        receive("{\"id\":\"c\"}");
        receive("not json at all");

        UdpStats s = handler.stats();
        assertEquals(2, held.size(), "submitted");
        assertEquals(4, s.received());
        assertEquals(2, s.overloaded(), s.toString());
        assertEquals(0, s.invalid(), "dropped before decoding: " + s);
        assertEquals(List.of("udp: 2 requests in flight, dropped one from " + FROM + " (no reply; the sender may retry)"),
                warnings, "the second drop is held back");

        held.get(0).complete(answer("a"));
        Await.until("the reply to a", () -> sent.size() == 1, sent::toString, Duration.ofSeconds(5));
        receive("{\"id\":\"d\"}");
        assertEquals(3, held.size(), "answering again after the cap released");
        held.get(2).complete(answer("d"));
        held.get(1).complete(answer("b"));

        Await.until("three replies", () -> sent.size() == 3, sent::toString, Duration.ofSeconds(5));
        assertTrue(sent.get(0).startsWith("{\"id\":\"a\""), sent.toString());
        assertTrue(sent.get(1).startsWith("{\"id\":\"d\"") && sent.get(2).startsWith("{\"id\":\"b\""),
                "in the order the API answered: " + sent);
        assertTrue(sent.get(0).endsWith(" to " + FROM), sent.get(0));
        assertEquals(0, handler.inFlight());
    }
}
