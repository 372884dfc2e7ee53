package dev.patrol.domain.config;

import dev.patrol.ports.config.AppConfig;

/**
 * The restart, stop and log-retention values of one app with the defaults of product.md A1, A2
 * and A7 filled in. `startLimit` 0 = never give up; `logMaxBytes` and `logRetentionDays` 0 = off.
 */
public record EffectiveAppPolicy(
        RestartMode restart,
        long restartDelayMs,
        long backoffMaxMs,
        double startSeconds,
        int startLimit,
        int stopTimeoutSeconds,
        long logMaxBytes,
        int logRetentionDays) {

    public static final long DEFAULT_RESTART_DELAY_MS = 0;
    public static final long DEFAULT_BACKOFF_MAX_MS = 30_000;
    public static final double DEFAULT_START_SECONDS = 1.0;
    public static final int DEFAULT_START_LIMIT = 0;
    public static final int DEFAULT_STOP_TIMEOUT_SECONDS = 10;

    /**
     * Reads a validated app. An unknown `restart` (which validation rejects) falls back to
     * always rather than failing here, so this never throws on a config that got through.
     */
    public static EffectiveAppPolicy of(AppConfig app) {
        return new EffectiveAppPolicy(
                RestartMode.fromKey(app.restart()).orElse(RestartMode.ALWAYS),
                orDefault(app.restartDelayMs(), DEFAULT_RESTART_DELAY_MS),
                orDefault(app.backoffMaxMs(), DEFAULT_BACKOFF_MAX_MS),
                app.startSeconds() == null ? DEFAULT_START_SECONDS : app.startSeconds(),
                app.startLimit() == null ? DEFAULT_START_LIMIT : app.startLimit(),
                app.stopTimeout() == null ? DEFAULT_STOP_TIMEOUT_SECONDS : app.stopTimeout(),
                orDefault(app.logMaxBytes(), 0),
                app.logRetentionDays() == null ? 0 : app.logRetentionDays());
    }

    private static long orDefault(Long value, long fallback) {
        return value == null ? fallback : value;
    }
}
