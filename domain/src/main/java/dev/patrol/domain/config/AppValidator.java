package dev.patrol.domain.config;

import dev.patrol.gocompat.GoPath;

import static dev.patrol.domain.config.ConfigErrors.*;

import dev.patrol.ports.config.AppConfig;
import java.util.Optional;

/** One app's rules (spec §1.7, then the added keys of product.md A1, A2, A7); the first failure wins. */
public final class AppValidator {
    public static final int NAME_MAX_BYTES = 255;
    public static final int SECRET_MAX_BYTES = 128;

    private AppValidator() {
    }

    /** Validates an app whose working directory was already `~/`-expanded; empty when valid. */
    public static Optional<String> validate(AppConfig app) {
        String error = original(app);
        if (error == null) {
            error = added(app);
        }
        return Optional.ofNullable(error);
    }

    private static String original(AppConfig app) {
        int keepAlive = app.keepAlive();
        if (keepAlive < AppConfig.KEEPALIVE_PID_PATROL || keepAlive > AppConfig.KEEPALIVE_UDP) {
            return APP_KEEPALIVE_INVALID;
        }
        if (app.name().isEmpty()) {
            return APP_NAME_EMPTY;
        }
        if (Utf8.length(app.name()) > NAME_MAX_BYTES) {
            return APP_NAME_TOO_LONG;
        }
        String wd = app.workingDirectory();
        if (wd.isEmpty()) {
            return APP_WD_EMPTY;
        }
        if (!wd.startsWith("/")) {
            return APP_WD_RELATIVE;
        }
        if (!GoPath.isClean(wd)) {
            return APP_WD_UNCLEAN;
        }
        if (app.binary().isEmpty()) {
            return APP_BINARY_EMPTY;
        }
        if (!GoPath.isClean(app.binary())) {
            return APP_BINARY_UNCLEAN;
        }
        if (app.logDirectory().isEmpty()) {
            return APP_LOG_DIRECTORY_EMPTY;
        }
        if (!GoPath.isClean(app.logDirectory())) {
            return APP_LOG_DIRECTORY_UNCLEAN;
        }
        // Only the PID keepalives need the file; HTTP/UDP apps may still set it for PATROL_PID.
        if (keepAlive == AppConfig.KEEPALIVE_PID_PATROL || keepAlive == AppConfig.KEEPALIVE_PID_APP) {
            if (app.pidPath().isEmpty()) {
                return APP_PID_PATH_EMPTY;
            }
            if (!GoPath.isClean(app.pidPath())) {
                return APP_PID_PATH_UNCLEAN;
            }
        }
        if (Utf8.length(app.secret()) > SECRET_MAX_BYTES) {
            return SECRET_TOO_LONG;
        }
        if (app.executeTimeout() < 0) {
            return APP_EXECUTE_TIMEOUT_NEGATIVE;
        }
        return null;
    }

    // Added keys are null when absent; null always passes.
    private static String added(AppConfig app) {
        if (RestartMode.fromKey(app.restart()).isEmpty()) {
            return APP_RESTART_INVALID;
        }
        if (negative(app.restartDelayMs())) {
            return APP_RESTART_DELAY_NEGATIVE;
        }
        if (negative(app.backoffMaxMs())) {
            return APP_BACKOFF_MAX_NEGATIVE;
        }
        Double startSeconds = app.startSeconds();
        if (startSeconds != null && (startSeconds.isNaN() || startSeconds < 0)) {
            return APP_START_SECONDS_NEGATIVE;
        }
        if (negative(app.startLimit())) {
            return APP_START_LIMIT_NEGATIVE;
        }
        if (negative(app.stopTimeout())) {
            return APP_STOP_TIMEOUT_NEGATIVE;
        }
        if (negative(app.logMaxBytes())) {
            return APP_LOG_MAX_BYTES_NEGATIVE;
        }
        if (negative(app.logRetentionDays())) {
            return APP_LOG_RETENTION_DAYS_NEGATIVE;
        }
        return null;
    }

    private static boolean negative(Number value) {
        return value != null && value.longValue() < 0;
    }
}
