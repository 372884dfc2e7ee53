package dev.patrol.adapters.udp;

import dev.patrol.ports.testing.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.GoTimeLayout;
import dev.patrol.ports.api.ApiResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The receiver never waits for the API, and the number of requests in flight is capped. */
class UdpBackpressureTest {
    /** Holds every request's future until the test completes it, like a busy engine. */
    private final HeldApi slow = new HeldApi();
    private final List<CompletableFuture<ApiResponse>> held = slow.held;
    private final UdpApiServer server = new UdpApiServer(slow, new ApiJson(GoTimeLayout.rfc1123z(), ZoneOffset.UTC),
            "127.0.0.1:0", 3);

    @AfterEach
    void stop() {
        server.stop();
    }

    private static ApiResponse answer(String id) {
        return new ApiResponse(id, null, "app", "N", 0, null, null, false, false, false, false, null, null, false,
                null, 5, false);
    }

    @Test
    void givenAnApiThatHasNotAnswered_moreRequests_areReadAndDroppedOverTheCap() throws Exception {
        server.start();
        try (UdpClient client = new UdpClient(server.port())) {
            for (int i = 0; i < 5; i++) {
                client.send("{\"group\":\"app\",\"id\":\"a" + i + "\"}");
            }
            // `received` is counted before the cap is checked: wait for both counters to settle.
            Await.until("5 datagrams read, 2 over the cap, while none is answered",
                    () -> server.stats().received() == 5 && server.stats().overloaded() == 2,
                    server::stats, Duration.ofSeconds(5));
            assertEquals(3, held.size(), "in flight");
            assertEquals(2, server.stats().overloaded());

            held.get(0).complete(answer("a0"));
            held.get(1).complete(ApiResponse.error("Unknown App"));
            held.get(2).completeExceptionally(new IllegalStateException("engine bug"));
            assertEquals("{\"id\":\"a0\",\"group\":\"app\",\"name\":\"N\",\"cas\":5}",
                    new String(client.receive(Duration.ofSeconds(5)).orElseThrow(), "UTF-8"));

            Await.until("the cap released", () -> server.stats().refused() == 1, server::stats, Duration.ofSeconds(5));
            client.send("{\"group\":\"app\",\"id\":\"next\"}");
            Await.until("the next request submitted", () -> held.size() == 4, held::size, Duration.ofSeconds(5));
            held.get(3).complete(answer("next"));
            assertTrue(new String(client.receive(Duration.ofSeconds(5)).orElseThrow(), "UTF-8").contains("\"next\""));
            assertTrue(client.receive(Duration.ofMillis(300)).isEmpty(), "no reply for the error or the failure");
        }
    }
}
