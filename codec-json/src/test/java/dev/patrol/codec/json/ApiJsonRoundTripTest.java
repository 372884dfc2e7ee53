package dev.patrol.codec.json;

import static dev.patrol.codec.json.ResponseFixtures.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.HistoryRecord;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Checklist 1–3: every field survives encode then decode, in both layouts and styles. */
class ApiJsonRoundTripTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} in {1}, {2}")
    @CsvSource({
        "'', UTC, PRETTY",
        "'', America/Los_Angeles, COMPACT",
        "'Mon Jan _2 15:04:05 MST 2006', UTC, PRETTY",
        "'Mon Jan _2 15:04:05 MST 2006', Europe/Berlin, PRETTY",
        "'Mon, 02 Jan 2006 15:04:05 -0700', Asia/Kolkata, COMPACT",
    })
    void givenEveryFieldSet_encodeThenDecode_givesAnEqualResponse(String layout, String zone, JsonStyle style) {
        ApiJson json = new ApiJson(GoTimeLayout.of(layout), ZoneId.of(zone));
        ApiResponse original = ResponseFixtures.everyFieldSet();
        ApiResponse back = json.decodeResponse(json.encode(original, style));
        assertEquals(original, back);
        assertEquals(ResponseFixtures.STARTED, back.history().get(1).started());
    }

    @Test
    void givenTimestampsWithoutLayout_encode_writesRfc3339AndReadsTheSameText() {
        // checklist 2
        ApiJson json = new ApiJson(GoTimeLayout.of(""), UTC);
        ApiResponse back = json.decodeResponse(utf8("{\"started\":\"2018-07-18T18:43:44-07:00\"}"));
        assertEquals(ResponseFixtures.STARTED, back.started());
        String again = new String(json.encode(back, JsonStyle.COMPACT), StandardCharsets.UTF_8);
        assertEquals("{\"started\":\"2018-07-19T01:43:44Z\"}", again);
    }

    @Test
    void givenStatus_encodeThenDecode_givesAnEqualStatus() {
        Map<String, ApiResponse> apps = new LinkedHashMap<>();
        apps.put("b", ResponseFixtures.everyFieldSet());
        apps.put("a", response().name("A").build());
        Map<String, ApiResponse> services = new LinkedHashMap<>();
        services.put("svc", response().name("S").disabled(true).build());
        services.put("gone", null);
        ApiStatus original = new ApiStatus("id-1", apps, services, ResponseFixtures.STOPPED, true);
        ApiJson json = new ApiJson(GoTimeLayout.rfc1123z(), UTC);
        ApiStatus back = json.decodeStatus(json.encode(original, JsonStyle.PRETTY));
        assertEquals(original, back);
        assertEquals(List.of("a", "b"), List.copyOf(back.apps().keySet()));
    }

    @Test
    void givenHistory_encodeThenDecode_givesEqualRecords() {
        ApiJson json = new ApiJson(GoTimeLayout.rfc3339(), UTC);
        List<HistoryRecord> history = ResponseFixtures.everyFieldSet().history();
        assertEquals(history, json.decodeHistory(json.encodeHistory(history, JsonStyle.PRETTY)));
    }

    @Test
    void givenNullEmptyAndNullTextTimestamps_decode_giveZeroTime() {
        // checklist 16
        ApiJson json = new ApiJson(GoTimeLayout.rfc3339(), UTC);
        ApiResponse r = json.decodeResponse(utf8("{\"started\":null,\"lastseen\":\"\",\"history\":[{\"stopped\":\"null\"}]}"));
        assertNull(r.started());
        assertNull(r.lastSeen());
        assertNull(r.history().get(0).stopped());
    }

    @Test
    void givenBadTimestampOrTypes_decode_failsNamingTheKey() {
        ApiJson json = new ApiJson(GoTimeLayout.rfc3339(), UTC);
        JsonDecodeException e = assertThrows(JsonDecodeException.class,
                () -> json.decodeResponse(utf8("{\"lastseen\":\"yesterday\"}")));
        assertTrue(e.getMessage().contains("lastseen"), e.getMessage());
        e = assertThrows(JsonDecodeException.class, () -> json.decodeResponse(utf8("{\"cas\":-1}")));
        assertTrue(e.getMessage().contains("API_Response.cas"), e.getMessage());
        assertThrows(JsonDecodeException.class, () -> json.decodeResponse(utf8("{\"started\":5}")));
        assertThrows(JsonDecodeException.class, () -> json.decodeResponse(utf8("{} {}")));
        assertThrows(JsonDecodeException.class, () -> json.decodeStatus(utf8("[]")));
    }

    @Test
    void givenUnsignedCasAndMixedCaseKeys_decode_readsThem() {
        ApiJson json = new ApiJson(GoTimeLayout.rfc3339(), UTC);
        ApiResponse r = json.decodeResponse(utf8("{\"CAS\":18446744073709551615,\"Cas-Invalid\":true,\"extra\":[1]}"));
        assertEquals(-1L, r.cas());
        assertTrue(r.casInvalid());
        assertEquals(new ApiStatus("", null, null, null, false), json.decodeStatus(utf8("null")));
    }
}
