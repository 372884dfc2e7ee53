package dev.patrol.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Type mismatches and malformed input are errors, and the message names the key. */
class ConfigJsonErrorTest {

    private static JsonDecodeException failure(String json) {
        return assertThrows(JsonDecodeException.class,
                () -> ConfigJson.decode(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void givenStringForInt_decode_failsWithGoStyleMessage() {
        assertEquals("json: cannot unmarshal string into Go struct field ConfigApp.apps.web.keepalive of type int",
                failure("{\"apps\": {\"web\": {\"keepalive\": \"1\"}}}").getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"tick-every\": 1.5}|Config.tick-every|number 1.5",
        "{\"tick-every\": 1.0}|Config.tick-every|number 1.0",
        "{\"tick-every\": 1e2}|Config.tick-every|number 1e2",
        "{\"tick-every\": 99999999999999999999}|Config.tick-every|number 99999999999999999999",
        "{\"tick-every\": true}|Config.tick-every|bool",
        "{\"history\": [5]}|Config.history|array",
        "{\"json-timestamp\": 5}|Config.json-timestamp|number",
        "{\"listen-http\": \"127.0.0.1:8421\"}|Config.listen-http|string",
        "{\"listen-udp\": [1]}|Config.listen-udp|number",
        "{\"http\": \"127.0.0.1\"}|Config.http|string",
        "{\"udp\": {\"listen\": 1248}}|ConfigUDP.udp.listen|number",
        "{\"apps\": []}|Config.apps|array",
        "{\"apps\": {\"a\": \"x\"}}|Config.apps.a|string",
        "{\"services\": {\"s\": 1}}|Config.services.s|number",
        "{\"apps\": {\"a\": {\"disabled\": \"true\"}}}|ConfigApp.apps.a.disabled|string",
        "{\"apps\": {\"a\": {\"keyvalue\": [1]}}}|ConfigApp.apps.a.keyvalue|array",
        "{\"apps\": {\"a\": {\"keyvalue\": {\"n\": 1e400}}}}|ConfigApp.apps.a.keyvalue.n|number 1e400",
        "{\"apps\": {\"a\": {\"restart-delay-ms\": 9223372036854775808}}}|ConfigApp.apps.a.restart-delay-ms|number",
        "{\"apps\": {\"a\": {\"start-seconds\": \"1\"}}}|ConfigApp.apps.a.start-seconds|string",
        "{\"apps\": {\"a\": {\"start-seconds\": 1e999}}}|ConfigApp.apps.a.start-seconds|number 1e999",
        "{\"apps\": {\"a\": {\"restart\": 1}}}|ConfigApp.apps.a.restart|number",
        "{\"services\": {\"s\": {\"ignore-exit-codes-start\": [256]}}}|ignore-exit-codes-start|number 256",
        "{\"services\": {\"s\": {\"ignore-exit-codes-stop\": [-1]}}}|ignore-exit-codes-stop|number -1",
        "{\"services\": {\"s\": {\"ignore-exit-codes-stop\": [1.5]}}}|ignore-exit-codes-stop|number 1.5",
        "{\"services\": {\"s\": {\"ignore-exit-codes-status\": {}}}}|ignore-exit-codes-status|object",
        "{\"services\": {\"s\": {\"management\": \"1\"}}}|ConfigService.services.s.management|string",
    })
    void givenValueOfTheWrongType_decode_failsNamingTheKey(String json, String field, String value) {
        String message = failure(json).getMessage();
        assertTrue(message.startsWith("json: cannot unmarshal " + value), message);
        assertTrue(message.contains(field), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"config\"", "5", "true"})
    void givenNonObjectDocument_decode_failsLikeGo(String json) {
        assertTrue(failure(json).getMessage().contains("into Go value of type patrol.Config"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{bad", "{\"a\" 1}", "{'a': 1}", "{\"a\": 01}", "{\"a\": NaN}",
        "{\"a\": \"\t\"}", "{\"a\": 1,}", "\uFEFF{}", "// c\n{}", "{\"a\": \"\\x\"}"})
    void givenMalformedJson_decode_fails(String json) {
        failure(json);
    }

    @Test
    void givenBadBase64IgnoreList_decode_fails() {
        assertTrue(failure("{\"services\": {\"s\": {\"ignore-exit-codes-start\": \"AQI\"}}}").getMessage()
                .contains("base64"));
        failure("{\"services\": {\"s\": {\"ignore-exit-codes-start\": \"A*==\"}}}");
        assertEquals(List.of(1, 2), ConfigJson.decode(
                "{\"services\": {\"s\": {\"ignore-exit-codes-start\": \"AQI=\\n\"}}}".getBytes(StandardCharsets.UTF_8))
                .services().get("s").ignoreExitCodesStart());
    }

    @Test
    void givenNestingDeeperThanTheCap_decode_failsWithClearMessage() {
        int depth = JsonTree.MAX_DEPTH + 1;
        String deep = "{\"x\": " + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
        String message = failure(deep).getMessage();
        assertTrue(message.contains("nested deeper than 512"), message);
        String veryDeep = "{\"x\": " + "[".repeat(100_000) + "}";
        assertTrue(failure(veryDeep).getMessage().contains("nested deeper than 512"));
    }

    @Test
    void givenNestingAtTheCap_decode_succeeds() {
        int inner = JsonTree.MAX_DEPTH - 1;
        String json = "{\"x\": " + "[".repeat(inner) + "]".repeat(inner) + "}";
        Object x = ConfigJson.decode(json.getBytes(StandardCharsets.UTF_8)).x();
        for (int i = 0; i < inner - 1; i++) {
            x = ((List<?>) x).get(0);
        }
        assertEquals(List.of(), x);
    }
}
