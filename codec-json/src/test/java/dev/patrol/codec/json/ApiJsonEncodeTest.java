package dev.patrol.codec.json;

import static dev.patrol.codec.json.ResponseFixtures.response;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.HistoryRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Byte-exact checks against spec Appendix A (RFC1123Z, UTC host) and checklist 53. */
class ApiJsonEncodeTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ApiJson DAEMON = new ApiJson(GoTimeLayout.rfc1123z(), UTC);
    private static final Instant NOV24 = Instant.parse("2026-11-24T23:42:14Z");

    private static void assertBytes(String expected, byte[] actual) {
        assertEquals(expected, new String(actual, StandardCharsets.UTF_8));
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), actual);
    }

    @Test
    void givenInvalidMethodError_encodePretty_matchesAppendixA1() {
        assertBytes("{\n\t\"errors\": [\n\t\t\"Invalid Method\"\n\t]\n}\n",
                DAEMON.encode(ApiResponse.error("Invalid Method"), JsonStyle.PRETTY));
    }

    @Test
    void givenUnknownGroupError_encodePretty_matchesAppendixA3() {
        assertBytes("{\n\t\"errors\": [\n\t\t\"Unknown Group\"\n\t]\n}\n",
                DAEMON.encode(ApiResponse.error("Unknown Group"), JsonStyle.PRETTY));
        assertBytes("{\"errors\":[\"Invalid Request\"]}",
                DAEMON.encode(ApiResponse.error("Invalid Request"), JsonStyle.COMPACT));
    }

    @Test
    void givenDisabledUdpAppPreState_encodePretty_matchesAppendixA4() {
        ApiResponse r = response().id("u").group("app").name("U").disabled(true).cas(93156).build();
        assertBytes("{\n\t\"id\": \"u\",\n\t\"group\": \"app\",\n\t\"name\": \"U\",\n"
                + "\t\"disabled\": true,\n\t\"cas\": 93156\n}\n", DAEMON.encode(r, JsonStyle.PRETTY));
    }

    @Test
    void givenSecretProtectedReadOnlyAnswer_encodePretty_matchesAppendixA6() {
        ApiResponse r = response().id("web").group("app").name("W").secret(true).cas(63573)
                .casInvalid(true).build();
        assertBytes("{\n\t\"id\": \"web\",\n\t\"group\": \"app\",\n\t\"name\": \"W\",\n"
                + "\t\"secret\": true,\n\t\"cas\": 63573,\n\t\"cas-invalid\": true\n}\n",
                DAEMON.encode(r, JsonStyle.PRETTY));
    }

    @Test
    void givenUdpPingAnswer_encodeCompact_matchesAppendixA7() {
        ApiResponse r = response().id("u").instanceId("9926afd2-dc5e-4373-88aa-b4b7781f138d")
                .group("app").name("U").pid(77).started(NOV24).cas(93158).build();
        assertBytes("{\"id\":\"u\",\"instance-id\":\"9926afd2-dc5e-4373-88aa-b4b7781f138d\",\"group\":\"app\","
                + "\"name\":\"U\",\"pid\":77,\"started\":\"Tue, 24 Nov 2026 23:42:14 +0000\",\"cas\":93158}",
                DAEMON.encode(r, JsonStyle.COMPACT));
    }

    @Test
    void givenStatusWithTwoApps_encodePretty_matchesAppendixA8FullyExpanded() {
        Map<String, Object> kv = new LinkedHashMap<>();
        kv.put("b", null);
        kv.put("a", List.of(1.0, 2.0));
        Map<String, ApiResponse> apps = new LinkedHashMap<>();
        apps.put("web", response().instanceId("0b7d4b8e-52c4-4d0e-9a55-3f3f1f0e8c21").name("W").pid(5)
                .started(NOV24).keyValue(kv).secret(true).cas(63574).build());
        apps.put("u", response().name("U").cas(93157).build());
        ApiStatus status = new ApiStatus("9d319e6a-6d2c-4f57-a8a4-5e2f0c3b7a10", apps, Map.of(), null, false);
        String expected = "{\n"
                + "\t\"instance-id\": \"9d319e6a-6d2c-4f57-a8a4-5e2f0c3b7a10\",\n"
                + "\t\"apps\": {\n"
                + "\t\t\"u\": {\n"
                + "\t\t\t\"name\": \"U\",\n"
                + "\t\t\t\"cas\": 93157\n"
                + "\t\t},\n"
                + "\t\t\"web\": {\n"
                + "\t\t\t\"instance-id\": \"0b7d4b8e-52c4-4d0e-9a55-3f3f1f0e8c21\",\n"
                + "\t\t\t\"name\": \"W\",\n"
                + "\t\t\t\"pid\": 5,\n"
                + "\t\t\t\"started\": \"Tue, 24 Nov 2026 23:42:14 +0000\",\n"
                + "\t\t\t\"keyvalue\": {\n"
                + "\t\t\t\t\"a\": [\n"
                + "\t\t\t\t\t1,\n"
                + "\t\t\t\t\t2\n"
                + "\t\t\t\t],\n"
                + "\t\t\t\t\"b\": null\n"
                + "\t\t\t},\n"
                + "\t\t\t\"secret\": true,\n"
                + "\t\t\t\"cas\": 63574\n"
                + "\t\t}\n"
                + "\t}\n"
                + "}\n";
        assertBytes(expected, DAEMON.encode(status, JsonStyle.PRETTY));
    }

    @Test
    void givenStatusWithServicesStartAndShutdown_encodeCompact_usesSingularServiceKeyAndSortsIds() {
        Map<String, ApiResponse> services = new LinkedHashMap<>();
        services.put("z", response().name("Z").build());
        services.put("a", null);
        ApiStatus status = new ApiStatus("i", Map.of(), services, NOV24, true);
        assertBytes("{\"instance-id\":\"i\",\"service\":{\"a\":null,\"z\":{\"name\":\"Z\"}},"
                + "\"started\":\"Tue, 24 Nov 2026 23:42:14 +0000\",\"shutdown\":true}",
                DAEMON.encode(status, JsonStyle.COMPACT));
        assertBytes("{}\n", DAEMON.encode(new ApiStatus(null, null, null, null, false), JsonStyle.PRETTY));
    }

    @Test
    void givenExitedPatrolApp_encodeHistoryPretty_matchesChecklist53() {
        Instant started = Instant.parse("2018-07-19T01:43:44Z");
        Instant stopped = Instant.parse("2018-07-19T01:43:47Z");
        HistoryRecord h = new HistoryRecord("c0ffee00-1111-4222-8333-444455556666", 4242, started,
                stopped, stopped, false, false, false, false, 0, Map.of(), 0, null);
        String expected = "[\n"
                + "\t{\n"
                + "\t\t\"instance-id\": \"c0ffee00-1111-4222-8333-444455556666\",\n"
                + "\t\t\"pid\": 4242,\n"
                + "\t\t\"started\": \"2018-07-19T01:43:44Z\",\n"
                + "\t\t\"lastseen\": \"2018-07-19T01:43:47Z\",\n"
                + "\t\t\"stopped\": \"2018-07-19T01:43:47Z\"\n"
                + "\t}\n"
                + "]\n";
        ApiJson unitTest = new ApiJson(GoTimeLayout.of(""), UTC);
        assertBytes(expected, unitTest.encodeHistory(List.of(h), JsonStyle.PRETTY));
        assertBytes("[]\n", unitTest.encodeHistory(List.of(), JsonStyle.PRETTY));
    }

    @Test
    void givenEveryField_encodeCompact_usesGoKeyOrderWithAdditionsLast() {
        String json = new String(new ApiJson(GoTimeLayout.rfc3339(), UTC)
                .encode(ResponseFixtures.everyFieldSet(), JsonStyle.COMPACT), StandardCharsets.UTF_8);
        String history = "{\"instance-id\":\"5f7b1c2e-0000-4000-8000-000000000001\",\"pid\":1254,"
                + "\"started\":\"2018-07-19T01:43:44Z\",\"lastseen\":\"2018-07-19T01:44:14Z\","
                + "\"stopped\":\"2018-07-19T01:45:00Z\",\"disabled\":true,\"restart\":true,\"run-once\":true,"
                + "\"shutdown\":true,\"exit-code\":10,\"keyvalue\":{\"k\":\"v\"},\"signal\":9,"
                + "\"reason\":\"ping-expired\"}";
        assertEquals("{\"id\":\"web\",\"instance-id\":\"5f7b1c2e-0000-4000-8000-000000000002\",\"group\":\"app\","
                + "\"name\":\"Web \\\"server\\\"\",\"pid\":4321,\"started\":\"2018-07-19T01:43:44Z\","
                + "\"lastseen\":\"2018-07-19T01:44:14Z\",\"disabled\":true,\"restart\":true,\"run-once\":true,"
                + "\"shutdown\":true,\"history\":[" + history + "," + history + "],"
                + "\"keyvalue\":{\"a\":[1,2.5],\"b\":null,\"c\":{\"nested\":\"\\u003c\\u0026\\u003e\"},"
                + "\"d\":true,\"e\":1e+21},\"secret\":true,\"errors\":[\"one\",\"two\"],\"cas\":93156,"
                + "\"cas-invalid\":true}", json);
    }

    @Test
    void givenEmptyResponseAndUnsignedCas_encode_omitsZeroesAndPrintsCasUnsigned() {
        assertBytes("{}\n", DAEMON.encode(response().build(), JsonStyle.PRETTY));
        assertBytes("{}", DAEMON.encode(response().keyValue(Map.of()).errors(List.of()).build(), JsonStyle.COMPACT));
        assertBytes("{\"cas\":18446744073709551615}", DAEMON.encode(response().cas(-1L).build(), JsonStyle.COMPACT));
    }

    @Test
    void givenLocalZone_encode_formatsTimestampsInThatZone() {
        ApiJson la = new ApiJson(GoTimeLayout.rfc1123z(), ZoneId.of("America/Los_Angeles"));
        assertBytes("{\"lastseen\":\"Wed, 18 Jul 2018 18:43:44 -0700\"}",
                la.encode(response().lastSeen(Instant.parse("2018-07-19T01:43:44Z")).build(), JsonStyle.COMPACT));
    }

    @Test
    void givenPrettyAndCompact_encode_differOnlyInWhitespace() {
        byte[] pretty = DAEMON.encode(ResponseFixtures.everyFieldSet(), JsonStyle.PRETTY);
        byte[] compact = DAEMON.encode(ResponseFixtures.everyFieldSet(), JsonStyle.COMPACT);
        String squeezed = new String(pretty, StandardCharsets.UTF_8).replaceAll("\n\t*", "").replace("\": ", "\":");
        assertEquals(new String(compact, StandardCharsets.UTF_8), squeezed);
        assertEquals('\n', (char) pretty[pretty.length - 1]);
        assertEquals('}', (char) compact[compact.length - 1]);
        assertFalse(new String(compact, StandardCharsets.UTF_8).matches("(?s).*[\t\n].*"));
    }
}
