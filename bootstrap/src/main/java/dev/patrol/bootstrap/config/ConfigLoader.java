package dev.patrol.bootstrap.config;

import dev.patrol.codec.json.ConfigJson;
import dev.patrol.codec.json.JsonDecodeException;
import dev.patrol.domain.config.ConfigValidator;
import dev.patrol.domain.config.Validation;
import dev.patrol.ports.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads, decodes, fills in and validates a config file, with the daemon's exit codes:
 * 254 when it cannot be read or decoded, 255 when it is invalid (spec §9.1).
 */
public final class ConfigLoader {
    public static final int EXIT_UNLOADABLE = 254;
    public static final int EXIT_INVALID = 255;

    /** A loaded config, or the exit code and message of why not. */
    public record Result(Config config, int exitCode, String error) {
        public boolean ok() {
            return config != null;
        }
    }

    private ConfigLoader() {
    }

    public static Result load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return new Result(null, EXIT_UNLOADABLE, "unable to read config " + file + ": " + e);
        }
        Config raw;
        try {
            raw = ConfigJson.decode(bytes);
        } catch (JsonDecodeException e) {
            return new Result(null, EXIT_UNLOADABLE, "unable to decode config " + file + ": " + e.getMessage());
        }
        Validation v = ConfigValidator.validate(ListenerFillIn.apply(raw), System.getProperty("user.home"));
        if (v instanceof Validation.Invalid invalid) {
            return new Result(null, EXIT_INVALID, "invalid config " + file + ": " + invalid.error());
        }
        return new Result(((Validation.Valid) v).config(), 0, "");
    }
}
