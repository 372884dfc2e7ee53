package dev.patrol.domain.config;

/** Defaults and clamps of the top-level numbers (spec §1.2; ping-timeout per the fix of §12.3). */
public final class ConfigDefaults {
    public static final int TICK_EVERY_DEFAULT = 15;
    public static final int TICK_EVERY_MIN = 5;
    public static final int TICK_EVERY_MAX = 120;
    public static final int HISTORY_DEFAULT = 100;
    public static final int HISTORY_MIN = 5;
    public static final int HISTORY_MAX = 1000;
    public static final int PING_TIMEOUT_DEFAULT = 30;
    public static final int PING_TIMEOUT_MIN = 5;
    public static final int PING_TIMEOUT_MAX = 180;

    private ConfigDefaults() {
    }

    /** Seconds between ticks: 0 → 15, then clamped to [5, 120] (negatives become 5). */
    public static int tickEvery(int value) {
        return defaultThenClamp(value, TICK_EVERY_DEFAULT, TICK_EVERY_MIN, TICK_EVERY_MAX);
    }

    /** History records kept per app/service: 0 → 100, then clamped to [5, 1000]. */
    public static int history(int value) {
        return defaultThenClamp(value, HISTORY_DEFAULT, HISTORY_MIN, HISTORY_MAX);
    }

    /** Ping window in seconds: 0 → 30, then clamped to [5, 180] (the original kept 181–1000). */
    public static int pingTimeout(int value) {
        return defaultThenClamp(value, PING_TIMEOUT_DEFAULT, PING_TIMEOUT_MIN, PING_TIMEOUT_MAX);
    }

    private static int defaultThenClamp(int value, int fallback, int min, int max) {
        if (value == 0) {
            return fallback;
        }
        return Math.max(min, Math.min(max, value));
    }
}
