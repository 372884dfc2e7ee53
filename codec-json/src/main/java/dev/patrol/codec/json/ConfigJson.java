package dev.patrol.codec.json;

import dev.patrol.ports.config.Config;

/**
 * Reads a config file with Go encoding/json semantics (spec §1.1): keys matched
 * case-insensitively, unknown keys ignored, type mismatches rejected with the key named,
 * only the first JSON value read, and `null` giving an empty config. Go `int` values beyond
 * Java's int range saturate to Integer.MIN_VALUE / MAX_VALUE (Go's int is 64-bit, so it
 * would accept them); values beyond 64 bits are errors, as in Go.
 */
public final class ConfigJson {
    private ConfigJson() {
    }

    /**
     * @throws JsonDecodeException for invalid JSON (or nesting deeper than 512) and for values
     *     that do not fit their keys
     */
    public static Config decode(byte[] json) {
        return ConfigDecoder.decode(JsonTree.readFirst(json));
    }
}
