package dev.patrol.domain.config;

import static dev.patrol.domain.config.ConfigFixtures.HOME;
import static dev.patrol.domain.config.ConfigFixtures.configWithApp;
import static dev.patrol.domain.config.ConfigFixtures.repeat;
import static dev.patrol.domain.config.ConfigFixtures.validApp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.config.AppConfig;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The app rules of spec §1.7 (checklist 4–9) and the added keys. */
class AppValidationTest {

    private static Optional<String> validate(AppConfig.Builder app) {
        return AppValidator.validate(app.build());
    }

    private static void assertError(String want, AppConfig.Builder app) {
        assertEquals(Optional.of(want), validate(app));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void givenKeepAliveOutsideOneToFour_validate_reportsKeepAliveInvalid(int keepAlive) {
        assertError("App KeepAlive was invalid, please select a keep alive method!", validApp().keepAlive(keepAlive));
    }

    // Checklist 4–9, one step at a time, exactly as the original test builds the app up.
    @Test
    void givenKeepAliveOnly_validate_reportsNameEmpty() {
        assertError("App Name was empty", AppConfig.builder().keepAlive(AppConfig.KEEPALIVE_PID_PATROL));
    }

    @Test
    void givenNameOf256Bytes_validate_reportsNameTooLong() {
        assertError("App Name was longer than 255 bytes", AppConfig.builder().keepAlive(1).name(repeat('a', 256)));
    }

    @Test
    void givenNameOf255Bytes_validate_reportsWorkingDirectoryEmpty() {
        assertError("App WorkingDirectory was empty", AppConfig.builder().keepAlive(1).name(repeat('a', 255)));
    }

    @Test
    void givenMultiByteNameOver255Bytes_validate_reportsNameTooLong() {
        // 128 two-byte characters are 256 bytes although only 128 chars.
        assertError("App Name was longer than 255 bytes", validApp().name(repeat('é', 128)));
        assertEquals(Optional.empty(), validate(validApp().name(repeat('é', 127))));
    }

    @Test
    void givenRelativeWorkingDirectory_validate_reportsRelative() {
        assertError("App WorkingDirectory was relative", stepWd("directory"));
    }

    @Test
    void givenWorkingDirectoryWithTrailingDot_validate_reportsUnclean() {
        assertError("App WorkingDirectory was unclean", stepWd("/directory/."));
    }

    @Test
    void givenCleanWorkingDirectory_validate_reportsBinaryEmpty() {
        assertError("App Binary was empty", stepWd("/directory"));
    }

    @Test
    void givenBinaryWithDotDot_validate_reportsBinaryUnclean() {
        assertError("App Binary was unclean", stepWd("/directory").binary("file/.."));
    }

    @Test
    void givenCleanBinary_validate_reportsLogDirectoryEmpty() {
        assertError("App Log Directory was empty", stepWd("/directory").binary("file"));
    }

    @Test
    void givenLogDirectoryWithTrailingDot_validate_reportsLogDirectoryUnclean() {
        assertError("App Log Directory was unclean",
                stepWd("/directory").binary("file").logDirectory("log-directory/."));
    }

    @Test
    void givenCleanLogDirectory_validate_reportsPidPathEmpty() {
        assertError("App PIDPATH was empty", stepWd("/directory").binary("file").logDirectory("log-directory"));
    }

    @Test
    void givenPidPathWithDotDot_validate_reportsPidPathUnclean() {
        assertError("App PIDPath was unclean", validApp().pidPath("pid/.."));
    }

    @Test
    void givenCleanPidPath_validate_isValid() {
        assertEquals(Optional.empty(), validate(validApp().pidPath("app.pid")));
    }

    @Test
    void givenPidAppKeepAliveWithoutPidPath_validate_reportsPidPathEmpty() {
        assertError("App PIDPATH was empty", validApp().keepAlive(AppConfig.KEEPALIVE_PID_APP).pidPath(""));
    }

    @ParameterizedTest
    @ValueSource(ints = {AppConfig.KEEPALIVE_HTTP, AppConfig.KEEPALIVE_UDP})
    void givenPingKeepAliveWithUncleanOrNoPidPath_validate_ignoresPidPath(int keepAlive) {
        assertEquals(Optional.empty(), validate(validApp().keepAlive(keepAlive).pidPath("")));
        assertEquals(Optional.empty(), validate(validApp().keepAlive(keepAlive).pidPath("pid/..")));
    }

    @Test
    void givenSecretOf129Bytes_validate_reportsSecretTooLong() {
        assertError("Secret Longer than 128 bytes", validApp().secret(repeat('s', 129)));
        assertEquals(Optional.empty(), validate(validApp().secret(repeat('s', 128))));
    }

    @Test
    void givenNegativeExecuteTimeout_validate_reportsTheOriginalTypo() {
        assertError("App Excute Timeout < 0", validApp().executeTimeout(-1));
        assertEquals(Optional.empty(), validate(validApp().executeTimeout(30)));
    }

    @Test
    void givenAbsoluteLookingBinaryAndEscapingPaths_validate_acceptsThem() {
        // The original resolves these under the working directory (spec §1.8, §12.19).
        assertEquals(Optional.empty(),
                validate(validApp().binary("/usr/bin/x").pidPath("../x.pid").logDirectory("..")));
    }

    // Home expansion happens before the rules, in ConfigValidator.

    @Test
    void givenTildeSlashWorkingDirectory_configValidate_expandsWithTheHomeDirectory() {
        Validation result = ConfigValidator.validate(configWithApp("web", validApp().workingDirectory("~/srv").build())
                .build(), HOME);
        assertTrue(result.isValid());
        assertEquals("/home/patrol/srv", ((Validation.Valid) result).config().apps().get("web").workingDirectory());
    }

    @ParameterizedTest
    @ValueSource(strings = {"~", "~user/srv", "~srv"})
    void givenTildeWithoutSlash_configValidate_reportsRelative(String wd) {
        assertEquals(new Validation.Invalid("App WorkingDirectory was relative"),
                ConfigValidator.validate(configWithApp("web", validApp().workingDirectory(wd).build()).build(), HOME));
    }

    @Test
    void givenNoHomeDirectory_configValidate_leavesTildeAndReportsRelative() {
        AppConfig app = validApp().workingDirectory("~/srv").build();
        assertEquals(new Validation.Invalid("App WorkingDirectory was relative"),
                ConfigValidator.validate(configWithApp("web", app).build(), ""));
        assertEquals(new Validation.Invalid("App WorkingDirectory was relative"),
                ConfigValidator.validate(configWithApp("web", app).build(), null));
    }

    // Added keys (product.md A1, A2, A7): null is absent and always passes.

    @Test
    void givenAllAddedKeysAbsent_validate_isValid() {
        assertEquals(Optional.empty(), validate(validApp()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "always", "on-failure", "never"})
    void givenKnownRestartMode_validate_isValid(String restart) {
        assertEquals(Optional.empty(), validate(validApp().restart(restart)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Always", "on_failure", "sometimes", " never"})
    void givenUnknownRestartMode_validate_reportsRestartInvalid(String restart) {
        assertError("App Restart was invalid, please select always, on-failure or never", validApp().restart(restart));
    }

    @Test
    void givenNegativeRestartDelay_validate_reportsRestartDelayNegative() {
        assertError("App Restart Delay < 0", validApp().restartDelayMs(-1L));
    }

    @Test
    void givenNegativeBackoffMax_validate_reportsBackoffMaxNegative() {
        assertError("App Backoff Max < 0", validApp().backoffMaxMs(-1L));
    }

    @Test
    void givenNegativeStartSeconds_validate_reportsStartSecondsNegative() {
        assertError("App Start Seconds < 0", validApp().startSeconds(-0.5));
    }

    @Test
    void givenNaNStartSeconds_validate_reportsStartSecondsNegative() {
        assertError("App Start Seconds < 0", validApp().startSeconds(Double.NaN));
    }

    @Test
    void givenNegativeStartLimit_validate_reportsStartLimitNegative() {
        assertError("App Start Limit < 0", validApp().startLimit(-1));
    }

    @Test
    void givenNegativeStopTimeout_validate_reportsStopTimeoutNegative() {
        assertError("App Stop Timeout < 0", validApp().stopTimeout(-1));
    }

    @Test
    void givenNegativeLogMaxBytes_validate_reportsLogMaxBytesNegative() {
        assertError("App Log Max Bytes < 0", validApp().logMaxBytes(-1L));
    }

    @Test
    void givenNegativeLogRetentionDays_validate_reportsLogRetentionDaysNegative() {
        assertError("App Log Retention Days < 0", validApp().logRetentionDays(-1));
    }

    @Test
    void givenZeroForEveryAddedKey_validate_isValid() {
        assertEquals(Optional.empty(), validate(validApp().restartDelayMs(0L).backoffMaxMs(0L).startSeconds(0.0)
                .startLimit(0).stopTimeout(0).logMaxBytes(0L).logRetentionDays(0)));
    }

    @Test
    void givenSeveralBadAddedKeys_validate_reportsThemInTheDocumentedOrder() {
        AppConfig.Builder app = validApp().restart("x").restartDelayMs(-1L).backoffMaxMs(-1L).startSeconds(-1.0)
                .startLimit(-1).stopTimeout(-1).logMaxBytes(-1L).logRetentionDays(-1);
        assertError("App Restart was invalid, please select always, on-failure or never", app);
        assertError("App Restart Delay < 0", app.restart(null));
        assertError("App Backoff Max < 0", app.restartDelayMs(null));
        assertError("App Start Seconds < 0", app.backoffMaxMs(null));
        assertError("App Start Limit < 0", app.startSeconds(null));
        assertError("App Stop Timeout < 0", app.startLimit(null));
        assertError("App Log Max Bytes < 0", app.stopTimeout(null));
        assertError("App Log Retention Days < 0", app.logMaxBytes(null));
        assertEquals(Optional.empty(), validate(app.logRetentionDays(null)));
    }

    @Test
    void givenOriginalAndAddedKeysBothBad_validate_reportsTheOriginalRuleFirst() {
        assertError("App Excute Timeout < 0", validApp().executeTimeout(-1).restart("x"));
    }

    private static AppConfig.Builder stepWd(String wd) {
        return AppConfig.builder().keepAlive(1).name(repeat('a', 255)).workingDirectory(wd);
    }
}
