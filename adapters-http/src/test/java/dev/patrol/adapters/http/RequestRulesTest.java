package dev.patrol.adapters.http;

import static dev.patrol.adapters.http.ApiServerFixture.SECRET;
import static dev.patrol.adapters.http.ApiServerFixture.errorBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiResponse;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Query and body rules of /api/ that product.md changes: F11 (secret header), F12 (toggle), F13 (history). */
class RequestRulesTest {
    @RegisterExtension
    final ApiServerFixture f = new ApiServerFixture();

    @ParameterizedTest
    @ValueSource(strings = {"257", "8", "18446744073709551615", "99999999999999999999999"})
    void givenAToggleOutOfRange_get_answersToggleInvalidAndChangesNothing(String toggle) throws Exception {
        ApiResponse before = f.read("u");
        ApiServerFixture.Answer a = f.get("/api/?group=app&id=u&toggle=" + toggle);
        assertEquals(400, a.status());
        assertEquals(errorBody("Toggle Invalid"), a.text());
        ApiResponse after = f.read("u");
        assertEquals(before.cas(), after.cas());
        assertTrue(after.disabled());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "+1", " 1", "1.0", ""})
    void givenAToggleThatIsNotADecimal_get_readsOnly(String toggle) throws Exception {
        long cas = f.read("u").cas();
        ApiServerFixture.Answer a = f.get("/api/?group=app&id=u&toggle=" + toggle.replace(" ", "%20").replace("+", "%2B"));
        assertEquals(200, a.status(), a.text());
        assertEquals(cas, f.read("u").cas());
        assertTrue(f.read("u").disabled());
    }

    @Test
    void givenAStaleCas_get_answersCasInvalidAndAppliesNothing() throws Exception {
        long cas = f.read("u").cas();
        ApiResponse r = f.json.decodeResponse(f.get("/api/?group=app&id=u&toggle=1&cas=" + (cas + 7)).body());
        assertTrue(r.casInvalid());
        assertTrue(f.read("u").disabled());
        ApiResponse huge = f.json.decodeResponse(f.get("/api/?group=app&id=u&toggle=1&cas=99999999999999999999999").body());
        assertTrue(huge.casInvalid(), "an overflowing cas is Go's 2^64-1, which matches nothing");
        ApiResponse ok = f.json.decodeResponse(f.get("/api/?group=app&id=u&toggle=1&cas=" + cas).body());
        assertFalse(ok.casInvalid());
        assertFalse(f.read("u").disabled());
    }

    @Test
    void givenAClosedInstance_api_showsHistoryOnlyWhenAsked() throws Exception {
        f.post("/api/", "{\"group\":\"app\",\"id\":\"h\",\"ping\":true,\"pid\":10}");
        f.post("/api/", "{\"group\":\"app\",\"id\":\"h\",\"ping\":true,\"pid\":11}"); // closes pid 10's instance
        assertFalse(f.get("/api/?group=app&id=h").text().contains("\"history\""));
        assertFalse(f.get("/api/?group=app&id=h&history=false").text().contains("\"history\""));
        for (String ask : new String[] {"history=true", "history=1", "history"}) {
            assertTrue(f.get("/api/?group=app&id=h&" + ask).text().contains("\n\t\"history\": [\n"), ask);
        }
        assertTrue(f.post("/api/", "{\"group\":\"app\",\"id\":\"h\",\"history\":true}").text().contains("\"history\""));
        assertFalse(f.post("/api/", "{\"group\":\"app\",\"id\":\"h\"}").text().contains("\"history\""));
        assertTrue(f.get("/status/").text().contains("\"history\""), "status keeps history");
    }

    @Test
    void givenTheSecretHeader_post_appliesTheChange() throws Exception {
        long cas = f.read("web").cas();
        ApiServerFixture.Answer a = f.send(HttpRequest.newBuilder(f.uri("/api/"))
                .header(ApiRequestReader.SECRET_HEADER, SECRET)
                .POST(HttpRequest.BodyPublishers.ofString("{\"group\":\"app\",\"id\":\"web\",\"toggle\":2}")));
        assertEquals(200, a.status(), a.text());
        assertFalse(a.text().contains("cas-invalid"), a.text());
        ApiResponse after = f.read("web");
        assertTrue(after.disabled());
        assertEquals(cas + 1, after.cas());
    }

    @Test
    void givenAWrongSecretHeader_get_answersSecretInvalid() throws Exception {
        long cas = f.read("web").cas();
        ApiServerFixture.Answer a = f.send(HttpRequest.newBuilder(f.uri("/api/?group=app&id=web&toggle=2"))
                .header(ApiRequestReader.SECRET_HEADER, "nope").GET());
        assertEquals(400, a.status());
        assertEquals(errorBody("Secret Invalid"), a.text());
        assertEquals(cas, f.read("web").cas());
    }

    @Test
    void givenASecretInTheQuery_get_winsOverTheHeader() throws Exception {
        ApiServerFixture.Answer a = f.send(HttpRequest.newBuilder(f.uri("/api/?group=app&id=web&toggle=2&secret=nope"))
                .header(ApiRequestReader.SECRET_HEADER, SECRET).GET());
        assertEquals(errorBody("Secret Invalid"), a.text());
        assertEquals(200, f.get("/api/?group=app&id=web&toggle=2&secret=" + SECRET).status());
        assertTrue(f.read("web").disabled());
    }
}
