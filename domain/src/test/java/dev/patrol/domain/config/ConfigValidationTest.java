package dev.patrol.domain.config;

import static dev.patrol.domain.config.ConfigFixtures.HOME;
import static dev.patrol.domain.config.ConfigFixtures.configWithApp;
import static dev.patrol.domain.config.ConfigFixtures.configWithService;
import static dev.patrol.domain.config.ConfigFixtures.validApp;
import static dev.patrol.domain.config.ConfigFixtures.validService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.config.ListenerConfig;
import dev.patrol.ports.config.ServiceConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole-config rules (spec §1.6; checklist 23, 24, 28) with the deterministic order of §12.51. */
class ConfigValidationTest {

    private static Validation validate(Config.Builder config) {
        return ConfigValidator.validate(config.build(), HOME);
    }

    private static void assertError(String want, Config.Builder config) {
        assertEquals(new Validation.Invalid(want), validate(config));
    }

    private static Config normalized(Config.Builder config) {
        return assertInstanceOf(Validation.Valid.class, validate(config)).config();
    }

    @Test
    void givenNullConfig_validate_reportsConfigNil() {
        assertEquals(new Validation.Invalid("Config was NIL"), ConfigValidator.validate(null, HOME));
    }

    // Checklist 23: services.

    @Test
    void givenEmptyConfig_validate_reportsBothEmpty() {
        assertError("Patrol Apps and Servers were both empty", Config.builder());
        assertError("Patrol Apps and Servers were both empty", Config.builder().apps(Map.of()).services(Map.of()));
    }

    @Test
    void givenServiceUnderEmptyKey_validate_reportsServiceKeyEmpty() {
        assertError("Service Key was empty", configWithService("", validService().build()));
    }

    @Test
    void givenServiceUnder64CharacterKey_validate_reportsKeyInvalidBeforeTheServiceRules() {
        assertError("Service Key was invalid", configWithService("a".repeat(64), ServiceConfig.builder().build()));
    }

    @Test
    void givenNullService_validate_reportsServiceNil() {
        assertError("Service was nil", configWithService("ssh", null));
    }

    @Test
    void givenEmptyServiceObject_validate_reportsManagementInvalid() {
        assertError("Service Management was invalid, please select a method!",
                configWithService("ssh", ServiceConfig.builder().build()));
    }

    @Test
    void givenCompleteService_validate_isValid() {
        assertTrue(validate(configWithService("ssh", validService().build())).isValid());
    }

    @Test
    void givenSshAndUppercaseSsh_validate_reportsDuplicateServiceLabel() {
        assertError("Duplicate Service Label",
                configWithService("ssh", validService().build()).service("SSH", validService().build()));
    }

    // Checklist 24: apps.

    @Test
    void givenAppUnderEmptyKey_validate_reportsAppKeyEmpty() {
        assertError("App Key was empty", configWithApp("", validApp().build()));
    }

    @Test
    void givenAppUnderInvalidKey_validate_reportsAppKeyInvalid() {
        assertError("App Key was invalid", configWithApp("-web", AppConfig.builder().build()));
    }

    @Test
    void givenNullApp_validate_reportsAppNil() {
        assertError("App was nil", configWithApp("web", null));
    }

    @Test
    void givenEmptyAppObject_validate_reportsKeepAliveInvalid() {
        assertError("App KeepAlive was invalid, please select a keep alive method!",
                configWithApp("http", AppConfig.builder().build()));
    }

    @Test
    void givenAppBuiltUpStepByStep_validate_reportsEachMissingFieldThenPasses() {
        AppConfig.Builder app = AppConfig.builder().keepAlive(1);
        assertError("App Name was empty", configWithApp("http", app.build()));
        assertError("App WorkingDirectory was empty", configWithApp("http", app.name("http").build()));
        assertError("App Binary was empty", configWithApp("http", app.workingDirectory("/directory").build()));
        assertError("App Log Directory was empty", configWithApp("http", app.binary("file").build()));
        assertError("App PIDPATH was empty", configWithApp("http", app.logDirectory("logs").build()));
        assertTrue(validate(configWithApp("http", app.pidPath("app.pid").build())).isValid());
    }

    @Test
    void givenHttpAndUppercaseHttp_validate_reportsDuplicateAppLabel() {
        assertError("Duplicate App Label", configWithApp("http", validApp().build()).app("HTTP", validApp().build()));
    }

    @Test
    void givenUppercaseKeyAlone_validate_keysTheAppInLowercase() {
        Config config = normalized(configWithApp("WeB", validApp().build()));
        assertEquals(List.of("web"), List.copyOf(config.apps().keySet()));
    }

    // Checklist 28: listeners.

    @Test
    void givenHttpAppWithoutListenHttp_validate_reportsHttpListenersEmpty() {
        assertError("HTTP Listeners were empty, we required one to exist!",
                configWithApp("http", validApp().keepAlive(AppConfig.KEEPALIVE_HTTP).build()));
    }

    @Test
    void givenUdpAppWithoutListenUdp_validate_reportsUdpListenersEmpty() {
        assertError("UDP Listeners were empty, we required one to exist!",
                configWithApp("http", validApp().keepAlive(AppConfig.KEEPALIVE_UDP).build())
                        .listenHttp(List.of("127.0.0.1:8421")));
    }

    @Test
    void givenPingAppsWithTheirListeners_validate_isValid() {
        assertTrue(validate(configWithApp("http", validApp().keepAlive(AppConfig.KEEPALIVE_HTTP).build())
                .app("udp", validApp().keepAlive(AppConfig.KEEPALIVE_UDP).build())
                .listenHttp(List.of("127.0.0.1:8421")).listenUdp(List.of("127.0.0.1:1248"))).isValid());
    }

    @Test
    void givenHttpAndUdpAppsWithoutListeners_validate_reportsHttpFirst() {
        assertError("HTTP Listeners were empty, we required one to exist!",
                configWithApp("a", validApp().keepAlive(AppConfig.KEEPALIVE_UDP).build())
                        .app("b", validApp().keepAlive(AppConfig.KEEPALIVE_HTTP).build()));
    }

    @Test
    void givenMissingListenerAndBadService_validate_reportsTheListenerFirst() {
        assertError("HTTP Listeners were empty, we required one to exist!",
                configWithApp("http", validApp().keepAlive(AppConfig.KEEPALIVE_HTTP).build())
                        .service("ssh", ServiceConfig.builder().build()));
    }

    @Test
    void givenBadAppAndBadService_validate_reportsTheAppFirst() {
        assertError("App Name was empty", configWithService("ssh", ServiceConfig.builder().build())
                .app("web", validApp().name("").build()));
    }

    // Deterministic order (§12.51): sorted by raw key, String natural order.

    @Test
    void givenSeveralBadApps_validate_alwaysReportsTheFirstInSortedOrder() {
        Map<String, AppConfig> apps = new HashMap<>();
        apps.put("zeta", validApp().name("").build());
        apps.put("alpha", validApp().binary("").build());
        apps.put("Mid", validApp().logDirectory("").build());
        for (int i = 0; i < 5; i++) {
            // "Mid" sorts before "alpha" and "zeta": uppercase comes first in natural order.
            assertError("App Log Directory was empty", Config.builder().apps(apps));
        }
    }

    @Test
    void givenSeveralBadServices_validate_alwaysReportsTheFirstInSortedOrder() {
        assertError("Service Name was empty", configWithService("b", validService().service("").build())
                .service("a", validService().name("").build()));
    }

    @Test
    void givenValidConfig_validate_keysInSortedOrder() {
        Config config = normalized(configWithApp("zeta", validApp().build()).app("Alpha", validApp().build())
                .app("mid", validApp().build())
                .service("web", validService().build()).service("DB", validService().build()));
        assertEquals(List.of("alpha", "mid", "zeta"), List.copyOf(config.apps().keySet()));
        assertEquals(List.of("db", "web"), List.copyOf(config.services().keySet()));
    }

    // Defaults and clamps (spec §1.2; ping-timeout fixed per §12.3).

    @Test
    void givenZeroTickEveryHistoryAndPingTimeout_validate_appliesDefaults() {
        Config config = normalized(configWithService("ssh", validService().build()));
        assertEquals(15, config.tickEvery());
        assertEquals(100, config.history());
        assertEquals(30, config.pingTimeout());
    }

    @Test
    void givenValuesBelowMinimum_validate_raisesToMinimum() {
        Config config = normalized(configWithService("ssh", validService().build())
                .tickEvery(4).history(4).pingTimeout(4));
        assertEquals(5, config.tickEvery());
        assertEquals(5, config.history());
        assertEquals(5, config.pingTimeout());
    }

    @Test
    void givenNegativeValues_validate_raisesToMinimum() {
        Config config = normalized(configWithService("ssh", validService().build())
                .tickEvery(-1).history(-1).pingTimeout(-1));
        assertEquals(5, config.tickEvery());
        assertEquals(5, config.history());
        assertEquals(5, config.pingTimeout());
    }

    @Test
    void givenValuesAboveMaximum_validate_lowersToMaximum() {
        Config config = normalized(configWithService("ssh", validService().build())
                .tickEvery(121).history(1001).pingTimeout(181));
        assertEquals(120, config.tickEvery());
        assertEquals(1000, config.history());
        assertEquals(180, config.pingTimeout());
    }

    @Test
    void givenValuesInRange_validate_keepsThem() {
        Config config = normalized(configWithService("ssh", validService().build())
                .tickEvery(5).history(1000).pingTimeout(180));
        assertEquals(5, config.tickEvery());
        assertEquals(1000, config.history());
        assertEquals(180, config.pingTimeout());
    }

    @Test
    void givenPingTimeoutBetween181And1000_validate_clampsTo180UnlikeTheOriginal() {
        assertEquals(180, ConfigDefaults.pingTimeout(500));
        assertEquals(180, ConfigDefaults.pingTimeout(1000));
    }

    // Normalization keeps everything else.

    @Test
    void givenValidConfig_validate_keepsEveryOtherField() {
        AppConfig app = validApp().workingDirectory("~/srv").secret("s").args(List.of("-v")).restart("never").build();
        ServiceConfig service = validService().ignoreExitCodesStop(List.of(3)).build();
        Config raw = configWithApp("Web", app).service("SSH", service)
                .jsonTimestamp("Mon Jan _2 15:04:05 MST 2006").listenHttp(List.of("127.0.0.1:8421"))
                .http(ListenerConfig.of("127.0.0.1:8421")).x(Map.of("k", 1)).stateDirectory("./state")
                .tickEvery(10).history(50).pingTimeout(60)
                .build();
        Config config = assertInstanceOf(Validation.Valid.class, ConfigValidator.validate(raw, HOME)).config();
        Config expected = raw.toBuilder()
                .apps(Map.of("web", app.toBuilder().workingDirectory("/home/patrol/srv").build()))
                .services(Map.of("ssh", service))
                .build();
        assertEquals(expected, config);
    }

    @Test
    void givenValidConfig_validate_leavesTheRawConfigUntouched() {
        Config raw = configWithApp("Web", validApp().workingDirectory("~/srv").build()).build();
        ConfigValidator.validate(raw, HOME);
        assertEquals("~/srv", raw.apps().get("Web").workingDirectory());
    }

    @Test
    void issue12_givenWellFormedAllowedHosts_validate_keepsThem() {
        List<String> hosts = List.of("*", "patrol.lan", "box:9000", "192.0.2.7", "[::1]", "[fe80::1]:8421", "x");
        assertEquals(hosts, normalized(configWithService("ssh", validService().build()).httpAllowedHosts(hosts)).httpAllowedHosts());
        assertEquals(List.of(), normalized(configWithService("ssh", validService().build())).httpAllowedHosts());
    }

    @Test
    void issue12_givenAMalformedAllowedHost_validate_refusesIt() {
        for (String bad : List.of("", " x", "http://x/", "x/y", "user@x", "::1", "x:", "x:70000", "[::1", "a b")) {
            assertError(ConfigErrors.HTTP_ALLOWED_HOST_INVALID, configWithService("ssh", validService().build()).httpAllowedHosts(List.of(bad)));
        }
    }
}
