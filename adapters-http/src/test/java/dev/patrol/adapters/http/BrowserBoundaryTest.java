package dev.patrol.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiError;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12, finding 7: foreign Hosts and cross-site changes are refused; plain clients are not. */
class BrowserBoundaryTest {
    @RegisterExtension
    final ApiServerFixture f = new ApiServerFixture();

    private RawHttp.Reply raw(String method, String target, String... headers) throws IOException {
        StringBuilder b = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        b.append("Connection: close\r\n\r\n");
        return RawHttp.exchange(f.server.port(), b.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private String local() {
        return "127.0.0.1:" + f.server.port();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/?group=app&id=h", "/status/", "//api/", "/nope"})
    void issue12_aForeignHost_isRefusedOnEveryPath(String target) throws IOException {
        RawHttp.Reply r = raw("GET", target, "Host: attacker.example:" + f.server.port());
        assertEquals(421, r.status(), r.text());
        assertEquals(BrowserBoundary.HOST_TEXT, r.text());
        assertEquals("text/plain; charset=utf-8", r.header("Content-Type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST.", "localhost:1", "[::1]", "[::1]:8421", "x"})
    void issue12_loopbackNamesAndAllowedHosts_areServed(String host) throws IOException {
        assertEquals(200, raw("GET", "/status/", "Host: " + host).status());
    }

    @Test
    void issue12_anHttp10RequestWithoutHost_isServedAsBefore() throws IOException {
        byte[] wire = "GET /status/ HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(200, RawHttp.exchange(f.server.port(), wire).status());
    }

    @Test
    void issue12_aForeignHostToggle_changesNothing() throws Exception {
        raw("GET", "/api/?group=app&id=h&toggle=2", "Host: attacker.example");
        assertFalse(f.read("h").disabled());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sec-Fetch-Site: cross-site", "Sec-Fetch-Site: same-site", "Origin: http://evil.example",
        "Origin: null", "Origin: http://localhost:3000", "Origin: http://127.0.0.1"})
    void issue12_anImgStyleCrossSiteToggle_isRefusedAndChangesNothing(String header) throws Exception {
        RawHttp.Reply r = raw("GET", "/api/?group=app&id=h&toggle=2", "Host: " + local(), header);
        assertEquals(403, r.status(), r.text());
        assertEquals(BrowserBoundary.CROSS_SITE_TEXT, r.text());
        assertFalse(f.read("h").disabled());
    }

    @Test
    void issue12_aTextPlainPostWithAForeignOrigin_isRefusedAndChangesNothing() throws Exception {
        ApiServerFixture.Answer a = f.send(HttpRequest.newBuilder(f.uri("/api/"))
                .header("Content-Type", "text/plain").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"group\":\"app\",\"id\":\"h\",\"keyvalue\":{\"a\":1}}")));
        assertEquals(403, a.status(), a.text());
        assertTrue(f.read("h").keyValue().isEmpty());
    }

    @Test
    void issue12_aBrowserVouchingSameOrigin_passesEvenWithANullOrigin() throws Exception {
        RawHttp.Reply r = raw("GET", "/api/?group=app&id=h&toggle=2", "Host: " + local(), "Origin: null",
                "Sec-Fetch-Site: same-origin");
        assertEquals(200, r.status(), r.text());
        assertTrue(f.read("h").disabled());
    }

    @Test
    void issue12_crossSiteReads_areStillServed() throws IOException {
        assertEquals(200, raw("GET", "/api/?group=app&id=h", "Host: " + local(), "Sec-Fetch-Site: cross-site",
                "Origin: http://evil.example").status());
        assertEquals(200, raw("GET", "/status/", "Host: " + local(), "Sec-Fetch-Site: cross-site").status());
    }

    @Test
    void issue12_sameOriginAndPlainClients_stillToggle() throws Exception {
        RawHttp.Reply own = raw("GET", "/api/?group=app&id=h&toggle=2", "Host: " + local(),
                "Origin: http://" + local(), "Sec-Fetch-Site: same-origin");
        assertEquals(200, own.status(), own.text());
        assertTrue(f.read("h").disabled());
        ApiServerFixture.Answer plain = f.get("/api/?group=app&id=h&toggle=1");
        assertEquals(200, plain.status(), plain.text());
        assertFalse(f.read("h").disabled());
    }

    @Test
    void issue12_rapidWrongSecrets_get429WhileTheRightSecretFromElsewhereWorks() throws Exception {
        for (int i = 0; i < 10; i++) {
            ApiServerFixture.Answer a = f.get("/api/?group=app&id=web&secret=guess" + i);
            assertEquals(400, a.status(), a.text());
            assertEquals(ApiServerFixture.errorBody("Secret Invalid"), a.text());
        }
        ApiServerFixture.Answer throttled = f.get("/api/?group=app&id=web&secret=guess");
        assertEquals(429, throttled.status(), throttled.text());
        assertEquals(ApiServerFixture.errorBody(ApiError.SECRET_THROTTLED.text()), throttled.text());
    }
}
