package dev.patrol.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiRequestJsonTest {

    private static ApiRequest decode(String json) {
        return ApiRequestJson.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonDecodeException failure(String json) {
        return assertThrows(JsonDecodeException.class, () -> decode(json));
    }

    @Test
    void givenEveryKey_decode_setsEveryField() {
        ApiRequest r = decode("{\"id\":\"web\",\"group\":\"app\",\"ping\":true,\"pid\":4294967295,\"toggle\":3,"
                + "\"history\":true,\"keyvalue\":{\"a\":1,\"b\":null,\"c\":[true]},\"keyvalue-replace\":true,"
                + "\"secret\":\"s\",\"cas\":18446744073709551615}");
        Map<String, Object> kv = new LinkedHashMap<>();
        kv.put("a", 1.0);
        kv.put("b", null);
        kv.put("c", List.of(true));
        assertEquals(ApiRequest.builder().id("web").group("app").ping(true).pid(4294967295L).toggle(3)
                .history(true).keyValue(kv).keyValueReplace(true).secret("s").cas(-1L).build(), r);
    }

    @Test
    void givenNullBody_decode_givesEmptyRequest() {
        // Appendix A item 3: the domain then answers "Unknown Group".
        assertEquals(ApiRequest.builder().build(), decode("null"));
        assertEquals(ApiRequest.builder().build(), decode(" {} \n"));
    }

    @Test
    void givenAppendixA6Body_decode_readsPingAndPid() {
        ApiRequest r = decode("{\"group\":\"app\",\"id\":\"web\",\"ping\":true,\"pid\":5}");
        assertEquals(ApiRequest.builder().group("app").id("web").ping(true).pid(5).build(), r);
    }

    @Test
    void givenMixedCaseAndUnknownKeys_decode_matchesAndIgnores() {
        ApiRequest r = decode("{\"ID\":\"Web\",\"Group\":\"APPS\",\"PING\":true,\"KeyValue-Replace\":true,\"what\":1}");
        assertEquals(ApiRequest.builder().id("Web").group("APPS").ping(true).keyValueReplace(true).build(), r);
    }

    @Test
    void givenToggleOutsideZeroToSeven_decode_keepsItForTheDomainToReject() {
        assertEquals(257, decode("{\"toggle\":257}").toggle());
        assertEquals(Long.MAX_VALUE, decode("{\"toggle\":18446744073709551615}").toggle());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"pid\":-1}|API_Request.pid|number -1",
        "{\"pid\":1.5}|API_Request.pid|number 1.5",
        "{\"pid\":4294967296}|API_Request.pid|number 4294967296",
        "{\"pid\":\"5\"}|API_Request.pid|string",
        "{\"toggle\":-1}|API_Request.toggle|number -1",
        "{\"toggle\":1.0}|API_Request.toggle|number 1.0",
        "{\"toggle\":18446744073709551616}|API_Request.toggle|number",
        "{\"cas\":-5}|API_Request.cas|number -5",
        "{\"cas\":1e3}|API_Request.cas|number 1e3",
        "{\"ping\":\"true\"}|API_Request.ping|string",
        "{\"id\":5}|API_Request.id|number",
        "{\"keyvalue\":[1]}|API_Request.keyvalue|array",
        "{\"keyvalue\":\"a=b\"}|API_Request.keyvalue|string",
    })
    void givenValueOfTheWrongType_decode_failsNamingTheKey(String json, String field, String value) {
        String message = failure(json).getMessage();
        assertTrue(message.startsWith("json: cannot unmarshal " + value), message);
        assertTrue(message.contains(field), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} {}", "{}x", "null null", "{\"id\":\"a\"} 1", "{bad", "", "[]", "\"x\""})
    void givenTrailingDataOrMalformedBody_decode_fails(String json) {
        failure(json);
    }

    @Test
    void givenRequest_encodeThenDecode_givesTheSameRequest() {
        ApiRequest r = ApiRequest.builder().id("web").group("app").ping(true).pid(77).toggle(6).history(true)
                .keyValue(Map.of("k", List.of(1.5))).keyValueReplace(true).secret("<s>").cas(-2L).build();
        byte[] json = ApiRequestJson.encode(r);
        assertEquals("{\"id\":\"web\",\"group\":\"app\",\"ping\":true,\"pid\":77,\"toggle\":6,\"history\":true,"
                + "\"keyvalue\":{\"k\":[1.5]},\"keyvalue-replace\":true,\"secret\":\"\\u003cs\\u003e\","
                + "\"cas\":18446744073709551614}", new String(json, StandardCharsets.UTF_8));
        assertEquals(r, ApiRequestJson.decode(json));
        assertEquals("{}", new String(ApiRequestJson.encode(ApiRequest.builder().build()), StandardCharsets.UTF_8));
    }
}
