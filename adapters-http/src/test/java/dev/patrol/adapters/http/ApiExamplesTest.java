package dev.patrol.adapters.http;

import static dev.patrol.adapters.http.ApiServerFixture.errorBody;
import static dev.patrol.adapters.http.ApiServerFixture.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.codec.json.JsonStyle;
import dev.patrol.ports.api.ApiResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP exchanges of spec Appendix A, byte for byte (toggle 257 is F12's, see RequestRulesTest). */
class ApiExamplesTest {
    private static final String JSON = "application/json; charset=utf-8";
    @RegisterExtension
    final ApiServerFixture f = new ApiServerFixture();

    @Test
    void givenPut_api_answers405InvalidMethodExactly() throws Exception {
        RawHttp.Reply r = RawHttp.request(f.server.port(), "PUT", "/api/");
        assertEquals(405, r.status());
        assertEquals(JSON, r.header("Content-Type"));
        assertEquals(errorBody("Invalid Method"), r.text());
    }

    @Test
    void givenNoSlash_getApi_redirectsToApiSlash() throws Exception {
        RawHttp.Reply r = RawHttp.request(f.server.port(), "GET", "/api");
        assertEquals(301, r.status());
        assertEquals("/api/", r.header("Location"));
    }

    @Test
    void givenNullBody_post_answersUnknownGroup() throws Exception {
        ApiServerFixture.Answer a = f.post("/api/", "null");
        assertEquals(400, a.status());
        assertEquals(JSON, a.contentType());
        assertEquals(errorBody("Unknown Group"), a.text());
    }

    @Test
    void givenBrokenJson_post_answersInvalidRequest() throws Exception {
        ApiServerFixture.Answer a = f.post("/api/", "{bad");
        assertEquals(400, a.status());
        assertEquals(errorBody("Invalid Request"), a.text());
    }

    @Test
    void givenDisabledUdpApp_getWithToggleEnable_answersPreStateAndEnables() throws Exception {
        long cas = f.read("u").cas();
        ApiServerFixture.Answer a = f.get("/api/?group=APPS&id=U&toggle=1");
        assertEquals(200, a.status());
        assertEquals(JSON, a.contentType());
        assertEquals(wire("{",
                "⇥\"id\": \"u\",",
                "⇥\"group\": \"app\",",
                "⇥\"name\": \"U\",",
                "⇥\"disabled\": true,",
                "⇥\"cas\": " + cas,
                "}"), a.text());
        ApiResponse after = f.read("u");
        assertFalse(after.disabled());
        assertEquals(cas + 1, after.cas());
    }

    @Test
    void givenUdpApp_httpPing_answersInvalidPingEndpoint() throws Exception {
        ApiServerFixture.Answer a = f.post("/api/", "{\"group\":\"app\",\"id\":\"u\",\"ping\":true}");
        assertEquals(400, a.status());
        assertEquals(errorBody("Invalid Ping Endpoint"), a.text());
    }

    @Test
    void givenSecretApp_pingWithoutSecret_answersReadOnlyAndAppliesNothing() throws Exception {
        long cas = f.read("web").cas();
        ApiServerFixture.Answer a = f.post("/api/", "{\"group\":\"app\",\"id\":\"web\",\"ping\":true,\"pid\":5}");
        assertEquals(200, a.status());
        assertEquals(wire("{",
                "⇥\"id\": \"web\",",
                "⇥\"group\": \"app\",",
                "⇥\"name\": \"W\",",
                "⇥\"secret\": true,",
                "⇥\"cas\": " + cas + ",",
                "⇥\"cas-invalid\": true",
                "}"), a.text());
        ApiResponse after = f.read("web");
        assertEquals(0, after.pid());
        assertEquals(cas, after.cas());
    }

    @Test
    void givenATailAndAQuery_status_answersTheStatusJson() throws Exception {
        ApiServerFixture.Answer a = f.get("/status/x?y");
        byte[] expected = f.json.encode(f.engine.status().get(5, TimeUnit.SECONDS), JsonStyle.PRETTY);
        assertEquals(200, a.status());
        assertEquals(JSON, a.contentType());
        assertEquals(new String(expected, java.nio.charset.StandardCharsets.UTF_8), a.text());
        assertTrue(a.text().startsWith("{\n\t\"instance-id\": \""), a.text());
        assertTrue(a.text().contains("\n\t\"service\": {\n\t\t\"ssh\": {"), a.text());
        assertTrue(a.text().contains("\n\t\"apps\": {\n\t\t\"h\": {"), a.text());
        assertFalse(a.text().contains("\"group\""), "status entries have no group");
    }
}
