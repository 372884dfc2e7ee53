package dev.patrol.adapters.http;

import static dev.patrol.adapters.http.ApiServerFixture.errorBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiResponse;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** F14: malformed input of any kind gets a clear 4xx and changes nothing; the server keeps serving. */
class HostileInputTest {
    private static final String MUTATE = "{\"group\":\"app\",\"id\":\"u\",\"toggle\":1";
    private ApiServerFixture f;
    private ApiResponse uBefore;
    private ApiResponse webBefore;

    @BeforeEach
    void start() throws Exception {
        f = new ApiServerFixture();
        uBefore = f.read("u");
        webBefore = f.read("web");
    }

    @AfterEach
    void stop() throws Exception {
        try {
            ApiResponse u = f.read("u");
            assertEquals(uBefore.cas(), u.cas(), "u's CAS");
            assertTrue(u.disabled(), "u still disabled");
            assertEquals(webBefore.cas(), f.read("web").cas(), "web's CAS");
        } finally {
            f.close();
        }
    }

    static Stream<Arguments> bodies() {
        byte[] random = new byte[300];
        new Random(42).nextBytes(random);
        return Stream.of(
                Arguments.of("random bytes", random, "Invalid Request"),
                Arguments.of("empty", new byte[0], "Invalid Request"),
                Arguments.of("truncated", utf8(MUTATE), "Invalid Request"),
                Arguments.of("trailing data", utf8(MUTATE + "} x"), "Invalid Request"),
                Arguments.of("two objects", utf8(MUTATE + "}{}"), "Invalid Request"),
                Arguments.of("deep array", utf8("[".repeat(10_000) + "]".repeat(10_000)), "Invalid Request"),
                Arguments.of("deep keyvalue", utf8(MUTATE + ",\"keyvalue\":{\"a\":" + "[".repeat(10_000)
                        + "]".repeat(10_000) + "}}"), "Invalid Request"),
                Arguments.of("pid past uint32", utf8(MUTATE + ",\"ping\":true,\"pid\":4294967296}"), "Invalid Request"),
                Arguments.of("cas past uint64", utf8(MUTATE + ",\"cas\":18446744073709551616}"), "Invalid Request"),
                Arguments.of("huge float toggle", utf8("{\"group\":\"app\",\"id\":\"u\",\"toggle\":1e400}"), "Invalid Request"),
                Arguments.of("negative toggle", utf8("{\"group\":\"app\",\"id\":\"u\",\"toggle\":-1}"), "Invalid Request"),
                Arguments.of("fractional toggle", utf8("{\"group\":\"app\",\"id\":\"u\",\"toggle\":1.5}"), "Invalid Request"),
                Arguments.of("huge toggle", utf8("{\"group\":\"app\",\"id\":\"u\",\"toggle\":" + "9".repeat(5000) + "}"),
                        "Invalid Request"),
                Arguments.of("toggle 257", utf8("{\"group\":\"app\",\"id\":\"u\",\"toggle\":257}"), "Toggle Invalid"),
                Arguments.of("string toggle", utf8("{\"group\":\"app\",\"id\":\"u\",\"toggle\":\"1\"}"), "Invalid Request"),
                Arguments.of("number group", utf8("{\"group\":1,\"id\":\"u\",\"toggle\":1}"), "Invalid Request"),
                Arguments.of("array body", utf8("[]"), "Invalid Request"),
                Arguments.of("string body", utf8("\"app\""), "Invalid Request"),
                Arguments.of("keyvalue not an object", utf8(MUTATE + ",\"keyvalue\":[1]}"), "Invalid Request"),
                Arguments.of("unknown group", utf8("{\"group\":\"apples\",\"id\":\"u\",\"toggle\":1}"), "Unknown Group"),
                Arguments.of("unknown app", utf8("{\"group\":\"app\",\"id\":\"nobody\",\"toggle\":1}"), "Unknown App"),
                Arguments.of("unknown service", utf8("{\"group\":\"service\",\"id\":\"u\",\"toggle\":1}"), "Unknown Service"),
                Arguments.of("bad utf-8 id", concat(utf8("{\"group\":\"app\",\"id\":\"u"), new byte[] {(byte) 0xff},
                        utf8("\",\"toggle\":1}")), "Unknown App"),
                Arguments.of("wrong secret", utf8("{\"group\":\"app\",\"id\":\"web\",\"toggle\":1,\"secret\":\"x\"}"),
                        "Secret Invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void givenHostileBody_post_answers400AndChangesNothing(String name, byte[] body, String error) throws Exception {
        ApiServerFixture.Answer a = f.post("/api/", body);
        assertEquals(400, a.status(), a.text());
        assertEquals(errorBody(error), a.text());
    }

    @Test
    void givenA70KiBBody_post_answers413() throws Exception {
        ApiServerFixture.Answer a = f.post("/api/", padded(70 * 1024));
        assertEquals(413, a.status());
        assertEquals(errorBody("Request Too Large"), a.text());
    }

    @Test
    void givenA70KiBChunkedBody_post_answers413() throws Exception {
        byte[] body = padded(70 * 1024);
        ApiServerFixture.Answer a = f.send(HttpRequest.newBuilder(f.uri("/api/"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertEquals(413, a.status());
        assertEquals(errorBody("Request Too Large"), a.text());
    }

    @Test
    void givenADeclared10MiBBody_post_answers413WithoutWaitingForIt() throws Exception {
        String head = "POST /api/ HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n\r\n";
        RawHttp.Reply r = RawHttp.exchange(f.server.port(), utf8(head + "{\"group\""));
        assertEquals(413, r.status());
        assertEquals(errorBody("Request Too Large"), r.text());
    }

    @Test
    void givenExactly64KiB_post_isRead() throws Exception {
        ApiServerFixture.Answer a = f.post("/api/", padded(ApiRequestReader.MAX_BODY));
        assertEquals(200, a.status(), a.text());
    }

    @Test
    void givenABodyCutShort_post_answersInvalidBodyAndKeepsServing() throws Exception {
        String head = "POST /api/ HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n";
        RawHttp.Reply r = RawHttp.exchange(f.server.port(), utf8(head + "{\"group\":\"app\""));
        assertEquals(400, r.status(), r.text());
        assertEquals(errorBody("Invalid Body"), r.text());
        assertEquals(200, f.get("/status/").status());
    }

    /** A read of u, padded with spaces to `size` bytes. */
    private static byte[] padded(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        byte[] read = utf8("{\"group\":\"app\",\"id\":\"u\"}");
        System.arraycopy(read, 0, body, 0, read.length);
        return body;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        byte[] all = new byte[0];
        for (byte[] p : parts) {
            byte[] next = Arrays.copyOf(all, all.length + p.length);
            System.arraycopy(p, 0, next, all.length, p.length);
            all = next;
        }
        return all;
    }
}
