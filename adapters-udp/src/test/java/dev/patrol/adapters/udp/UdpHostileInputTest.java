package dev.patrol.adapters.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** No datagram can get a reply it should not, change state, or stop the listener (F14). */
class UdpHostileInputTest {
    private static final String PING_U = "{\"group\":\"app\",\"id\":\"u\",\"ping\":true,\"pid\":99";
    private UdpHarness h;

    @BeforeEach
    void start() throws Exception {
        h = UdpHarness.start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    static Stream<Arguments> hostile() {
        byte[] random = new byte[512];
        new Random(42).nextBytes(random);
        return Stream.of(
                Arguments.of("random bytes", random),
                Arguments.of("empty datagram", new byte[0]),
                Arguments.of("truncated JSON", utf8(PING_U.substring(0, 30))),
                Arguments.of("trailing data", utf8(PING_U + "} {}")),
                Arguments.of("3000 bytes, valid only if read whole", utf8(padded(3000))),
                Arguments.of("2049 bytes, one past the limit", utf8(padded(2049))),
                Arguments.of("deep nesting", utf8(PING_U + ",\"keyvalue\":{\"a\":" + "[".repeat(900) + "]".repeat(900) + "}}")),
                Arguments.of("pid past uint32", utf8("{\"group\":\"app\",\"id\":\"u\",\"ping\":true,\"pid\":4294967296}")),
                Arguments.of("huge pid", utf8("{\"group\":\"app\",\"id\":\"u\",\"ping\":true,\"pid\":" + "9".repeat(1500) + "}")),
                Arguments.of("float cas", utf8("{\"group\":\"app\",\"id\":\"u\",\"cas\":1e400,\"toggle\":2}")),
                Arguments.of("negative toggle", utf8("{\"group\":\"app\",\"id\":\"u\",\"toggle\":-1}")),
                Arguments.of("ping as a string", utf8("{\"group\":\"app\",\"id\":\"u\",\"ping\":\"yes\",\"pid\":77}")),
                Arguments.of("id as an array", utf8("{\"group\":\"app\",\"id\":[\"u\"],\"ping\":true}")),
                Arguments.of("keyvalue as a string", utf8("{\"group\":\"app\",\"id\":\"u\",\"keyvalue\":\"x\"}")),
                Arguments.of("array root", utf8("[1,2,3]")),
                Arguments.of("string root", utf8("\"ping\"")),
                Arguments.of("JSON null (an empty request: Unknown Group)", utf8("null")),
                Arguments.of("invalid UTF-8 id", new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xff, '"', '}'}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void givenHostileInput_datagram_getsNoReplyAndChangesNothing(String what, byte[] payload) {
        ApiResponse before = h.read("u");

        h.assertNoReply(payload);

        ApiResponse after = h.read("u");
        assertEquals(before.cas(), after.cas(), what);
        assertEquals(0, after.pid(), what);
        assertEquals(before.disabled(), after.disabled(), what);
        assertEquals(before.keyValue(), after.keyValue(), what);
    }

    @Test
    void givenAllHostileInputsAtOnce_listener_staysAliveAndAnswersTheNextRequest() {
        hostile().forEach(a -> h.client.send((byte[]) a.get()[1]));

        String reply = h.client.ask("{\"group\":\"app\",\"id\":\"u\",\"ping\":true,\"pid\":7}");

        assertTrue(reply.startsWith("{\"id\":\"u\""), reply);
        assertEquals(7, h.read("u").pid());
        UdpStats stats = h.server.stats();
        assertEquals(19, stats.received(), stats.toString());
        assertEquals(2, stats.oversize(), "3000 and 2049 bytes: " + stats);
        assertEquals(14, stats.invalid(), "not a request: " + stats);
        assertEquals(2, stats.refused(), "`null` and the invalid-UTF-8 id decode, then fail in the API: " + stats);
    }

    @Test
    void givenExactly2048Bytes_request_isAnswered() {
        byte[] payload = utf8(padded(UdpApiServer.MAX_REQUEST_BYTES));
        assertEquals(2048, payload.length);

        h.client.send(payload);

        assertTrue(h.client.receive(java.time.Duration.ofSeconds(5)).isPresent(), "want a reply to 2048 bytes");
        assertEquals(99, h.read("u").pid());
    }

    /** A valid ping padded inside a string to exactly `length` bytes (so cutting it makes it invalid). */
    private static String padded(int length) {
        String head = PING_U + ",\"x\":\"";
        String tail = "\"}";
        return head + "a".repeat(length - head.length() - tail.length()) + tail;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
