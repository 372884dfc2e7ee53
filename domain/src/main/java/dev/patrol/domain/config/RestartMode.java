package dev.patrol.domain.config;

import java.util.Optional;

/** The `restart` key of an app (product.md A1): when an exited app is launched again. */
public enum RestartMode {
    ALWAYS("always"),
    ON_FAILURE("on-failure"),
    NEVER("never");

    private final String key;

    RestartMode(String key) {
        this.key = key;
    }

    /** The config spelling. */
    public String key() {
        return key;
    }

    /** The mode for a config value; null or empty means the default {@link #ALWAYS}. */
    public static Optional<RestartMode> fromKey(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of(ALWAYS);
        }
        for (RestartMode mode : values()) {
            if (mode.key.equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
