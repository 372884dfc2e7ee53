package dev.patrol.domain.config;

import static dev.patrol.domain.config.ConfigErrors.*;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.config.ServiceConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Validates and normalizes a whole config (spec §1.6). Keys are visited in sorted order, not the
 * original's random map order (§12.51), so the reported error is always the same one.
 */
public final class ConfigValidator {
    private ConfigValidator() {
    }

    /** The first failure in the original's order, or the normalized config; home may be null. */
    public static Validation validate(Config raw, String homeDirectory) {
        if (raw == null) {
            return new Validation.Invalid(CONFIG_NIL);
        }
        if (raw.apps().isEmpty() && raw.services().isEmpty()) {
            return new Validation.Invalid(PATROL_EMPTY);
        }
        Map<String, AppConfig> apps = new LinkedHashMap<>();
        Optional<String> error = normalize(raw.apps(), apps,
                new Messages(APP_KEY_EMPTY, APP_KEY_INVALID, APP_NIL, APP_DUPLICATE),
                app -> app.toBuilder()
                        .workingDirectory(HomeDirectory.expand(app.workingDirectory(), homeDirectory))
                        .build(),
                AppValidator::validate);
        if (error.isEmpty()) {
            error = listeners(apps.values(), raw);
        }
        if (error.isEmpty()) {
            error = AllowedHostRules.firstInvalid(raw.httpAllowedHosts());
        }
        Map<String, ServiceConfig> services = new LinkedHashMap<>();
        if (error.isEmpty()) {
            error = normalize(raw.services(), services,
                    new Messages(SERVICE_KEY_EMPTY, SERVICE_KEY_INVALID, SERVICE_NIL, SERVICE_DUPLICATE),
                    Function.identity(), ServiceValidator::validate);
        }
        if (error.isPresent()) {
            return new Validation.Invalid(error.get());
        }
        return new Validation.Valid(raw.toBuilder()
                .apps(apps)
                .services(services)
                .tickEvery(ConfigDefaults.tickEvery(raw.tickEvery()))
                .history(ConfigDefaults.history(raw.history()))
                .pingTimeout(ConfigDefaults.pingTimeout(raw.pingTimeout()))
                .build());
    }

    /** The four per-entry error texts of one group (apps or services). */
    private record Messages(String keyEmpty, String keyInvalid, String nil, String duplicate) {
    }

    /** Checks one group in sorted raw-key order and fills `out` with lowercase keys. */
    private static <T> Optional<String> normalize(Map<String, T> raw, Map<String, T> out, Messages messages,
            Function<T, T> prepare, Function<T, Optional<String>> rules) {
        List<String> keys = new ArrayList<>(raw.keySet());
        keys.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (String key : keys) {
            if (key == null || key.isEmpty()) {
                return Optional.of(messages.keyEmpty());
            }
            if (!Ids.isAppServiceId(key)) {
                return Optional.of(messages.keyInvalid());
            }
            T entry = raw.get(key);
            if (entry == null) {
                return Optional.of(messages.nil());
            }
            entry = prepare.apply(entry);
            Optional<String> error = rules.apply(entry);
            if (error.isPresent()) {
                return error;
            }
            // IDs are ASCII here, so a root-locale lowercase equals Go's strings.ToLower.
            String id = key.toLowerCase(Locale.ROOT);
            if (out.containsKey(id)) {
                return Optional.of(messages.duplicate());
            }
            out.put(id, entry);
        }
        return Optional.empty();
    }

    private static Optional<String> listeners(Iterable<AppConfig> apps, Config raw) {
        boolean http = false;
        boolean udp = false;
        for (AppConfig app : apps) {
            http |= app.keepAlive() == AppConfig.KEEPALIVE_HTTP;
            udp |= app.keepAlive() == AppConfig.KEEPALIVE_UDP;
        }
        if (http && raw.listenHttp().isEmpty()) {
            return Optional.of(LISTEN_HTTP_EMPTY);
        }
        if (udp && raw.listenUdp().isEmpty()) {
            return Optional.of(LISTEN_UDP_EMPTY);
        }
        return Optional.empty();
    }
}
