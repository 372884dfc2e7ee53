package dev.patrol.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.config.ListenerConfig;
import dev.patrol.ports.config.ServiceConfig;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every config key (spec §1.2–§1.4 plus additions) lands in its record field. */
class ConfigJsonTest {
    static Config decode(String json) {
        return ConfigJson.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    private static final String FULL = "{"
            + "\"tick-every\": 10, \"history\": 50, \"json-timestamp\": \"Mon Jan _2 15:04:05 MST 2006\","
            + "\"ping-timeout\": 60, \"listen-http\": [\"127.0.0.1:8421\"], \"listen-udp\": [\"127.0.0.1:1248\", \"[::1]:1248\"],"
            + "\"http\": {\"listen\": \"0.0.0.0:8421\", \"x\": {\"tls\": false}}, \"udp\": {\"listen\": \":1248\"},"
            + "\"x\": [1, \"two\"], \"state-directory\": \"/var/lib/patrol\", \"service-command\": \"/usr/sbin/service\","
            + "\"initd-directory\": \"/etc/init.d\", \"http-allowed-hosts\": [\"patrol.lan\", \"*\"],"
            + "\"apps\": {"
            + "  \"web\": {\"keepalive\": 3, \"name\": \"Web\", \"binary\": \"web\", \"working-directory\": \"/srv/web\","
            + "    \"log-directory\": \"logs\", \"pid-path\": \"web.pid\", \"pid-verify\": true, \"disabled\": true,"
            + "    \"keyvalue\": {\"port\": 8080, \"tags\": [\"a\"], \"none\": null}, \"keyvalue-clear\": true,"
            + "    \"secret\": \"s3cret\", \"execute-timeout\": 30, \"args\": [\"-v\", \"--port=8080\"],"
            + "    \"env\": [\"A=1\"], \"env-parent\": true, \"std-merge\": true, \"x\": \"opaque\","
            + "    \"restart\": \"on-failure\", \"restart-delay-ms\": 250, \"backoff-max-ms\": 30000,"
            + "    \"start-seconds\": 1.5, \"start-limit\": 5, \"stop-timeout\": 10,"
            + "    \"log-max-bytes\": 10485760, \"log-retention-days\": 7},"
            + "  \"nil-app\": null,"
            + "  \"bare\": {}"
            + "},"
            + "\"services\": {"
            + "  \"db\": {\"management\": 1, \"management-start\": 2, \"management-status\": 2, \"management-stop\": 1,"
            + "    \"management-restart\": 2, \"management-start-parameter\": \"begin\", \"management-status-parameter\": \"check\","
            + "    \"management-stop-parameter\": \"halt\", \"management-restart-parameter\": \"bounce\","
            + "    \"name\": \"Database\", \"service\": \"postgresql\", \"ignore-exit-codes-start\": [1, 255],"
            + "    \"ignore-exit-codes-status\": \"AQID\", \"ignore-exit-codes-stop\": null, \"ignore-exit-codes-restart\": [],"
            + "    \"disabled\": true, \"keyvalue\": {\"k\": \"v\"}, \"keyvalue-clear\": true, \"secret\": \"pw\", \"x\": 1e21}"
            + "}}";

    @Test
    void givenEveryTopLevelKey_decode_setsEveryField() {
        Config c = decode(FULL);
        assertEquals(10, c.tickEvery());
        assertEquals(50, c.history());
        assertEquals("Mon Jan _2 15:04:05 MST 2006", c.jsonTimestamp());
        assertEquals(60, c.pingTimeout());
        assertEquals(List.of("127.0.0.1:8421"), c.listenHttp());
        assertEquals(List.of("127.0.0.1:1248", "[::1]:1248"), c.listenUdp());
        assertEquals(new ListenerConfig("0.0.0.0:8421", Map.of("tls", false)), c.http());
        assertEquals(ListenerConfig.of(":1248"), c.udp());
        assertEquals(List.of(1.0, "two"), c.x());
        assertEquals("/var/lib/patrol", c.stateDirectory());
        assertEquals("/usr/sbin/service", c.serviceCommand());
        assertEquals("/etc/init.d", c.initdDirectory());
        assertEquals(List.of("patrol.lan", "*"), c.httpAllowedHosts());
        assertEquals(List.of("web", "nil-app", "bare"), List.copyOf(c.apps().keySet()));
        assertTrue(c.apps().containsKey("nil-app"));
        assertNull(c.apps().get("nil-app"));
    }

    @Test
    void givenEveryAppKey_decode_setsEveryAppField() {
        AppConfig web = decode(FULL).apps().get("web");
        Map<String, Object> kv = new java.util.LinkedHashMap<>();
        kv.put("port", 8080.0);
        kv.put("tags", List.of("a"));
        kv.put("none", null);
        AppConfig expected = AppConfig.builder().keepAlive(3).name("Web").binary("web")
                .workingDirectory("/srv/web").logDirectory("logs").pidPath("web.pid").pidVerify(true)
                .disabled(true).keyValue(kv).keyValueClear(true).secret("s3cret").executeTimeout(30)
                .args(List.of("-v", "--port=8080")).env(List.of("A=1")).envParent(true).stdMerge(true)
                .x("opaque").restart("on-failure").restartDelayMs(250L).backoffMaxMs(30000L)
                .startSeconds(1.5).startLimit(5).stopTimeout(10).logMaxBytes(10485760L)
                .logRetentionDays(7).build();
        assertEquals(expected, web);
    }

    @Test
    void givenAbsentAppKeys_decode_leavesZeroValuesAndNullAdditions() {
        AppConfig bare = decode(FULL).apps().get("bare");
        assertEquals(AppConfig.builder().build(), bare);
        assertNull(bare.restart());
        assertNull(bare.startSeconds());
        assertEquals("", bare.name());
        assertEquals(Map.of(), bare.keyValue());
    }

    @Test
    void givenEveryServiceKey_decode_setsEveryServiceField() {
        ServiceConfig db = decode(FULL).services().get("db");
        ServiceConfig expected = ServiceConfig.builder().management(1).managementStart(2)
                .managementStatus(2).managementStop(1).managementRestart(2)
                .managementStartParameter("begin").managementStatusParameter("check")
                .managementStopParameter("halt").managementRestartParameter("bounce")
                .name("Database").service("postgresql").ignoreExitCodesStart(List.of(1, 255))
                .ignoreExitCodesStatus(List.of(1, 2, 3)).ignoreExitCodesStop(List.of())
                .ignoreExitCodesRestart(List.of()).disabled(true).keyValue(Map.of("k", "v"))
                .keyValueClear(true).secret("pw").x(1e21).build();
        assertEquals(expected, db);
    }

    @Test
    void givenNullDocument_decode_givesEmptyConfig() {
        Config c = decode("null");
        assertEquals(Config.builder().build(), c);
        assertTrue(c.apps().isEmpty());
        assertNull(c.http());
        assertNull(c.stateDirectory());
        assertEquals(Config.builder().build(), decode(" {} "));
    }

    @Test
    void givenMixedCaseKeys_decode_matchesThemCaseInsensitively() {
        Config c = decode("{\"Apps\": {\"A\": {\"NAME\": \"n\", \"KeepAlive\": 2}}, \"TICK-EVERY\": 7,"
                + " \"\u212Aeyvalue\": 1, \"HTTP\": {\"Listen\": \"x\"}}");
        assertEquals(7, c.tickEvery());
        assertEquals("n", c.apps().get("A").name());
        assertEquals(2, c.apps().get("A").keepAlive());
        assertEquals("x", c.http().listen());
        // Go folds the Kelvin sign to k and the long s to s, nothing else.
        assertEquals(Map.of("x", true), decode("{\"apps\":{\"a\":{\"\u212Aeyvalue\":{\"x\":true}}}}")
                .apps().get("a").keyValue());
        assertEquals("s", decode("{\"apps\":{\"a\":{\"\u017Fecret\":\"s\"}}}").apps().get("a").secret());
        assertEquals("", decode("{\"apps\":{\"a\":{\"\u0130d\":\"x\",\"n\u0430me\":\"y\"}}}").apps().get("a").name());
    }

    @Test
    void givenUnknownKeys_decode_ignoresThem() {
        Config c = decode("{\"ignore-exit-codes\": [127], \"apps\": {\"a\": {\"bogus\": {\"deep\": [1]}, \"name\": \"n\"}},"
                + " \"comment\": \"hi\", \"services\": {\"s\": {\"ignore-exit-codes\": [127]}}}");
        assertEquals("n", c.apps().get("a").name());
        assertEquals(List.of(), c.services().get("s").ignoreExitCodesStart());
    }

    @Test
    void givenRepeatedKeys_decode_appliesThemInOrderLikeGo() {
        Config c = decode("{\"tick-every\": 5, \"TICK-EVERY\": 6, \"tick-every\": null,"
                + " \"apps\": {\"a\": {\"name\": \"1\", \"keyvalue\": {\"x\": 1}, \"keyvalue\": {\"y\": 2}}},"
                + " \"Apps\": {\"b\": {}}, \"http\": {\"listen\": \"h\"}, \"http\": {\"x\": 3}}");
        assertEquals(6, c.tickEvery());
        assertEquals(List.of("a", "b"), List.copyOf(c.apps().keySet()));
        assertEquals(Map.of("x", 1.0, "y", 2.0), c.apps().get("a").keyValue());
        assertEquals(new ListenerConfig("h", 3.0), c.http());
        assertNull(decode("{\"http\": {\"listen\": \"h\"}, \"http\": null}").http());
        assertTrue(decode("{\"apps\": {\"a\": {}}, \"apps\": null}").apps().isEmpty());
    }

    @Test
    void givenNullScalarsAndNullListElements_decode_leavesZeroValues() {
        Config c = decode("{\"tick-every\": null, \"json-timestamp\": null, \"listen-http\": [\"a\", null],"
                + " \"apps\": {\"a\": {\"name\": null, \"disabled\": null, \"restart\": null, \"x\": null}},"
                + " \"services\": {\"s\": {\"ignore-exit-codes-start\": [null, 3]}}}");
        assertEquals(0, c.tickEvery());
        assertEquals("", c.jsonTimestamp());
        assertEquals(Arrays.asList("a", ""), c.listenHttp());
        assertFalse(c.apps().get("a").disabled());
        assertNull(c.apps().get("a").restart());
        assertEquals(List.of(0, 3), c.services().get("s").ignoreExitCodesStart());
    }

    @Test
    void givenTrailingDataAfterTheFirstValue_decode_ignoresIt() {
        assertEquals(9, decode("{\"tick-every\": 9} this is not json {").tickEvery());
        assertEquals(9, decode("{\"tick-every\": 9}{\"tick-every\": 10}").tickEvery());
    }

    @Test
    void givenBigIntegersForIntKeys_decode_saturatesToJavaIntRange() {
        Config c = decode("{\"tick-every\": 99999999999, \"history\": -99999999999,"
                + " \"apps\": {\"a\": {\"restart-delay-ms\": 9223372036854775807, \"start-limit\": 4294967296}}}");
        assertEquals(Integer.MAX_VALUE, c.tickEvery());
        assertEquals(Integer.MIN_VALUE, c.history());
        assertEquals(Long.MAX_VALUE, c.apps().get("a").restartDelayMs());
        assertEquals(Integer.MAX_VALUE, c.apps().get("a").startLimit());
    }

    @Test
    void givenHugeNumbersInKeyValue_decode_keepsThemAsDoubles() {
        Map<String, Object> kv = decode("{\"apps\": {\"a\": {\"keyvalue\": {\"big\": 123456789012345678901234567890,"
                + " \"tiny\": 1e-400, \"exact\": 9007199254740993}}}}").apps().get("a").keyValue();
        assertEquals(1.2345678901234568e29, kv.get("big"));
        assertEquals(0.0, kv.get("tiny"));
        assertEquals(9007199254740992.0, kv.get("exact"));
    }

    @Test
    void givenInvalidUtf8AndLoneSurrogateEscapes_decode_replacesThemLikeGo() {
        byte[] json = {'{', '"', 'x', '"', ':', '"', 'a', (byte) 0xFF, (byte) 0xE2, (byte) 0x82, 'b', '"', '}'};
        assertEquals("a\uFFFD\uFFFD\uFFFDb", ConfigJson.decode(json).x());
        assertEquals("\uFFFDz\uD83D\uDE00", decode("{\"x\": \"\\ud800z\\ud83d\\ude00\"}").x());
    }
}
