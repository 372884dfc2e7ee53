package dev.patrol.domain.config;

import static dev.patrol.domain.config.ConfigFixtures.validApp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.process.LaunchSpec;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One launch: argv, environment (spec §2.5), log files (§3.10), process group and PID file (F5, F7). */
class LaunchPlansTest {
    // Appendix A item 9: 2026-11-24T23:38:48.946487981Z.
    private static final Instant AT = Instant.ofEpochSecond(1795563528L, 946487981L);
    private static final Map<String, String> PARENT = parent();

    private static Map<String, String> parent() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/bin");
        env.put("A", "parent");
        return env;
    }

    private static AppConfig envy() {
        return validApp().keepAlive(AppConfig.KEEPALIVE_PID_PATROL).workingDirectory("/srv/exp2wd/")
                .binary("bin/envy").logDirectory("logs").pidPath("../x.pid").stdMerge(true)
                .env(List.of("A=1", "PATROL_ID=mine", "A=2")).build();
    }

    private static Config listening(List<String> http, List<String> udp) {
        return Config.builder().listenHttp(http).listenUdp(udp).build();
    }

    private static LaunchSpec plan(AppConfig app, Config config) {
        return LaunchPlans.plan("envy", app, config, AT, ZoneOffset.UTC, PARENT, List.of(), List.of());
    }

    @Test
    void givenAppendixAItem9_plan_givesExactlyTheVerifiedEnvironmentAndMergedLog() {
        LaunchSpec spec = plan(envy(), listening(List.of("127.0.0.1:8421"), List.of()));
        assertEquals(List.of("A=2", "PATROL_ID=envy", "PATROL_KEEPALIVE=1", "PATROL_PID=/srv/x.pid",
                "PATROL_HTTP=[\"127.0.0.1:8421\"]"), spec.env());
        assertEquals("/srv/exp2wd/logs/2026/november/24/1795563528946487981.stdmerge.log", spec.stdoutFile());
        assertEquals(spec.stdoutFile(), spec.stderrFile());
        assertTrue(spec.merged());
    }

    @Test
    void givenPidPatrolApp_plan_resolvesExecutableArgvWorkingDirectoryAndPidFile() {
        LaunchSpec spec = LaunchPlans.plan("envy", envy().toBuilder().args(List.of("-v", "x y")).build(),
                listening(List.of(), List.of()), AT, ZoneOffset.UTC, PARENT, List.of("--extra"), List.of());
        assertEquals("envy", spec.appId());
        assertEquals("/srv/exp2wd/bin/envy", spec.executable());
        assertEquals(List.of("/srv/exp2wd/bin/envy", "-v", "x y", "--extra"), spec.argv());
        assertEquals("/srv/exp2wd", spec.workingDirectory());
        assertEquals("/srv/x.pid", spec.pidFile());
        assertTrue(spec.ownProcessGroup());
    }

    @Test
    void givenAbsoluteLookingBinary_plan_resolvesItInsideTheWorkingDirectory() {
        LaunchSpec spec = plan(envy().toBuilder().binary("/usr/bin/x").build(), listening(List.of(), List.of()));
        assertEquals("/srv/exp2wd/usr/bin/x", spec.executable());
        assertEquals("/srv/exp2wd/usr/bin/x", spec.argv().get(0));
    }

    @ParameterizedTest
    @ValueSource(ints = {AppConfig.KEEPALIVE_PID_APP, AppConfig.KEEPALIVE_HTTP, AppConfig.KEEPALIVE_UDP})
    void givenKeepAliveOtherThanPidPatrol_plan_writesNoPidFileButStillOwnsAGroup(int keepAlive) {
        LaunchSpec spec = plan(envy().toBuilder().keepAlive(keepAlive).build(), listening(List.of(), List.of()));
        assertEquals("", spec.pidFile());
        assertTrue(spec.ownProcessGroup());
        assertTrue(spec.env().contains("PATROL_PID=/srv/x.pid"));
        assertTrue(spec.env().contains("PATROL_KEEPALIVE=" + keepAlive));
    }

    @Test
    void givenNoPidPath_plan_omitsPatrolPid() {
        LaunchSpec spec = plan(envy().toBuilder().keepAlive(AppConfig.KEEPALIVE_HTTP).pidPath("").build(),
                listening(List.of("h"), List.of()));
        assertTrue(spec.env().stream().noneMatch(e -> e.startsWith("PATROL_PID=")));
    }

    @Test
    void givenSeparateStreams_plan_givesStdoutAndStderrFilesWithOnePrefix() {
        LaunchSpec spec = plan(envy().toBuilder().stdMerge(false).build(), listening(List.of(), List.of()));
        assertEquals("/srv/exp2wd/logs/2026/november/24/1795563528946487981.stdout.log", spec.stdoutFile());
        assertEquals("/srv/exp2wd/logs/2026/november/24/1795563528946487981.stderr.log", spec.stderrFile());
    }

    @Test
    void givenLocalZoneAheadOfUtc_plan_datesTheLogDirectoryInThatZone() {
        LaunchSpec spec = LaunchPlans.plan("envy", envy(), listening(List.of(), List.of()), AT,
                ZoneId.of("Asia/Tokyo"), PARENT, List.of(), List.of());
        // 23:38 UTC on the 24th is already the 25th in Tokyo; the nanos stay the same.
        assertEquals("/srv/exp2wd/logs/2026/november/25/1795563528946487981.stdmerge.log", spec.stdoutFile());
    }

    @Test
    void givenEarlyDayOfMonth_plan_writesTheDayWithoutPadding() {
        Instant march5 = Instant.parse("2018-03-05T10:00:00Z");
        assertEquals("/srv/logs/2018/march/5", LogPaths.directory("/srv", "logs", march5, ZoneOffset.UTC));
        assertEquals(1520244000000000000L, LogPaths.nanos(march5));
    }

    @Test
    void givenEscapingLogDirectory_plan_cleansTheJoinedPath() {
        assertEquals("/srv/logs/2026/november/24", LogPaths.directory("/srv/app/", "../logs", AT, ZoneOffset.UTC));
    }

    @Test
    void givenEnvParent_plan_putsParentFirstAndLetsLaterEntriesWin() {
        LaunchSpec spec = LaunchPlans.plan("envy", envy().toBuilder().envParent(true).build(),
                listening(List.of(), List.of("127.0.0.1:1248")), AT, ZoneOffset.UTC, PARENT, List.of(),
                List.of("EXTRA=1", "A=3"));
        assertEquals(List.of("PATH=/usr/bin", "A=3", "PATROL_ID=envy", "EXTRA=1", "PATROL_KEEPALIVE=1",
                "PATROL_PID=/srv/x.pid", "PATROL_UDP=[\"127.0.0.1:1248\"]"), spec.env());
    }

    @Test
    void givenNoEnvParent_plan_ignoresTheParentEnvironment() {
        LaunchSpec spec = plan(envy(), listening(List.of(), List.of()));
        assertTrue(spec.env().stream().noneMatch(e -> e.startsWith("PATH=")));
    }

    @Test
    void givenUserSetsPatrolVariables_plan_letsPatrolWin() {
        LaunchSpec spec = plan(envy().toBuilder().env(List.of("PATROL_KEEPALIVE=9", "PATROL_HTTP=x")).build(),
                listening(List.of("a", "b"), List.of()));
        assertEquals(List.of("PATROL_KEEPALIVE=1", "PATROL_HTTP=[\"a\",\"b\"]", "PATROL_ID=envy",
                "PATROL_PID=/srv/x.pid"), spec.env());
    }

    @Test
    void givenListenAddressesNeedingEscapes_plan_writesGoHtmlSafeJson() {
        LaunchSpec spec = plan(envy(), listening(List.of("<a>&\"b\"\\", "x\u2028y\u2029z", "\n\t\r\u0001\b\f\u007f é"),
                List.of()));
        assertTrue(spec.env().contains("PATROL_HTTP=[\"\\u003ca\\u003e\\u0026\\\"b\\\"\\\\\","
                + "\"x\\u2028y\\u2029z\",\"\\n\\t\\r\\u0001\\u0008\\u000c\u007f é\"]"), spec.env().toString());
    }

    @Test
    void givenDuplicateKeys_dedup_keepsTheLastValueAtTheFirstPosition() {
        assertEquals(List.of("A=3", "B=2", "NOEQUALS", "C=", "NOEQUALS"),
                LaunchEnvironment.dedup(List.of("A=1", "B=2", "NOEQUALS", "A=3", "C=", "NOEQUALS")));
    }

    @Test
    void givenValueContainingEquals_dedup_splitsAtTheFirstEquals() {
        assertEquals(List.of("A=b=c"), LaunchEnvironment.dedup(List.of("A=x", "A=b=c")));
    }
}
