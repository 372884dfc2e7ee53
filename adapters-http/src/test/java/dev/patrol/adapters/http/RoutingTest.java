package dev.patrol.adapters.http;

import static dev.patrol.adapters.http.ApiServerFixture.errorBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Go ServeMux semantics (spec §6.9): subtrees, slash and clean-path redirects, any method on /status/. */
class RoutingTest {
    @RegisterExtension
    final ApiServerFixture f = new ApiServerFixture();

    private RawHttp.Reply raw(String method, String target) throws Exception {
        return RawHttp.request(f.server.port(), method, target);
    }

    @Test
    void givenGetWithoutSlash_api_answersGoRedirectBody() throws Exception {
        RawHttp.Reply r = raw("GET", "/api");
        assertEquals(301, r.status());
        assertEquals("text/html; charset=utf-8", r.header("Content-Type"));
        assertEquals("<a href=\"/api/\">Moved Permanently</a>.\n\n", r.text());
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /status, /status/",
        "POST, /api, /api/",
        "GET, /api?id=u&group=app, /api/?id=u&group=app",
        "GET, //api/, /api/",
        "GET, /api/../status/, /status/",
        "GET, /status/./, /status/",
        "GET, /x/%2e%2e/api/?a=b, /api/?a=b",
        "GET, /api/%2F, /api/",
        "GET, /api/., /api",
        "DELETE, /status//x, /status/x",
    })
    void givenASlashlessOrUncleanPath_anyMethod_redirectsWith301(String method, String target, String location)
            throws Exception {
        RawHttp.Reply r = raw(method, target);
        assertEquals(301, r.status(), r.text());
        assertEquals(location, r.header("Location"));
    }

    @Test
    void givenPostToSlashless_api_redirectsWithoutBodyOrType() throws Exception {
        RawHttp.Reply r = raw("POST", "/api");
        assertEquals(301, r.status());
        assertNull(r.header("Content-Type"));
        assertEquals(0, r.body().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "FOO", "TRACE"})
    void givenAnyMethod_statusSubtree_answersStatusJson(String method) throws Exception {
        RawHttp.Reply r = raw(method, "/status/any/thing?x");
        assertEquals(200, r.status(), r.text());
        assertEquals("application/json; charset=utf-8", r.header("Content-Type"));
        assertTrue(r.text().startsWith("{\n\t\"instance-id\": "), r.text());
    }

    @Test
    void givenHead_status_answersHeadersWithoutBody() throws Exception {
        RawHttp.Reply r = raw("HEAD", "/status/");
        assertEquals(200, r.status());
        assertEquals(0, r.body().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH", "OPTIONS", "FOO", "QUERY"})
    void givenOtherMethods_api_answerInvalidMethod(String method) throws Exception {
        RawHttp.Reply r = raw(method, "/api/deeper/path");
        assertEquals(405, r.status());
        assertEquals(errorBody("Invalid Method"), r.text());
    }

    @Test
    void givenAPathBelowApi_get_answersLikeApi() throws Exception {
        RawHttp.Reply r = raw("GET", "/api/some/where?group=app&id=u");
        assertEquals(200, r.status());
        assertTrue(r.text().contains("\"id\": \"u\""), r.text());
    }

    @Test
    void givenAnUnknownPath_get_answers404() throws Exception {
        assertEquals(404, raw("GET", "/nothing-here").status());
        assertEquals(404, raw("GET", "/apix/").status());
    }

    @Test
    void givenGarbageOnTheWire_server_keepsServing() throws Exception {
        RawHttp.Reply bad = RawHttp.exchange(f.server.port(), "\u0000\u0001garbage \r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, bad.status());
        RawHttp.Reply tooLong = raw("GET", "/api/?id=" + "x".repeat(20_000));
        assertTrue(tooLong.status() >= 400, "an oversized request line is refused");
        assertEquals(200, raw("GET", "/status/").status());
    }
}
