package dev.patrol.codec.json;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.config.ListenerConfig;
import dev.patrol.ports.config.ServiceConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** Decodes the top-level config object (Go's Config, spec §1.2) plus the added keys. */
final class ConfigDecoder {
    private static final String STRUCT = "Config";
    private static final GoKeys KEYS = GoKeys.of("apps", "services", "tick-every", "history",
            "json-timestamp", "ping-timeout", "listen-http", "listen-udp", "http", "udp", "x",
            "state-directory", "service-command", "initd-directory", "http-allowed-hosts");
    private static final GoKeys LISTENER_KEYS = GoKeys.of("listen", "x");
    // Keys whose JSON null is stored (maps, slices, interfaces, pointers), not skipped.
    private static final Set<String> NULLABLE = Set.of("apps", "services", "listen-http",
            "listen-udp", "http", "udp", "x", "state-directory", "service-command", "initd-directory",
            "http-allowed-hosts");

    private final Config.Builder b = Config.builder();
    private Map<String, AppConfig> apps = new LinkedHashMap<>();
    private Map<String, ServiceConfig> services = new LinkedHashMap<>();
    private ListenerConfig http;
    private ListenerConfig udp;

    private ConfigDecoder() {
    }

    static Config decode(Object root) {
        ConfigDecoder d = new ConfigDecoder();
        if (root != null) {
            if (!(root instanceof JsonObject)) {
                throw GoField.root().mismatch(root, "patrol.Config");
            }
            KEYS.forEach((JsonObject) root, (key, value) ->
                    d.member(key, value, GoField.root().member(STRUCT, key)));
        }
        return d.b.apps(d.apps).services(d.services).http(d.http).udp(d.udp).build();
    }

    private void member(String key, Object v, GoField at) {
        if (v == null && !NULLABLE.contains(key)) {
            return; // Go leaves a scalar untouched when given null
        }
        switch (key) {
            case "apps" -> apps = entries(apps, v, at, "map[string]*" + AppConfigDecoder.GO_TYPE,
                    AppConfigDecoder.GO_TYPE, AppConfigDecoder::decode);
            case "services" -> services = entries(services, v, at,
                    "map[string]*" + ServiceConfigDecoder.GO_TYPE, ServiceConfigDecoder.GO_TYPE,
                    ServiceConfigDecoder::decode);
            case "tick-every" -> b.tickEvery(GoConvert.goInt(v, at));
            case "history" -> b.history(GoConvert.goInt(v, at));
            case "json-timestamp" -> b.jsonTimestamp(GoConvert.string(v, at));
            case "ping-timeout" -> b.pingTimeout(GoConvert.goInt(v, at));
            case "listen-http" -> b.listenHttp(GoConvert.strings(v, at));
            case "listen-udp" -> b.listenUdp(GoConvert.strings(v, at));
            case "http" -> http = listener(http, v, at, "ConfigHTTP");
            case "udp" -> udp = listener(udp, v, at, "ConfigUDP");
            case "x" -> b.x(GoConvert.any(v, at));
            case "state-directory" -> b.stateDirectory(v == null ? null : GoConvert.string(v, at));
            case "service-command" -> b.serviceCommand(v == null ? null : GoConvert.string(v, at));
            case "initd-directory" -> b.initdDirectory(v == null ? null : GoConvert.string(v, at));
            case "http-allowed-hosts" -> b.httpAllowedHosts(v == null ? null : GoConvert.strings(v, at));
            default -> throw new IllegalStateException("unhandled key " + key);
        }
    }

    /**
     * Go's map[string]*T: entries are added to the existing map (a repeated id replaces the
     * earlier one), a null entry is kept as null, and a null map empties it.
     */
    private static <T> Map<String, T> entries(Map<String, T> into, Object v, GoField at,
            String mapType, String entryType, BiFunction<JsonObject, GoField, T> decoder) {
        if (v == null) {
            return new LinkedHashMap<>();
        }
        if (!(v instanceof JsonObject)) {
            throw at.mismatch(v, mapType);
        }
        JsonObject object = (JsonObject) v;
        for (int i = 0; i < object.size(); i++) {
            String id = object.name(i);
            Object entry = object.value(i);
            if (entry != null && !(entry instanceof JsonObject)) {
                throw at.entry(id).mismatch(entry, entryType);
            }
            into.put(id, entry == null ? null : decoder.apply((JsonObject) entry, at.entry(id)));
        }
        return into;
    }

    /** Go's *ConfigHTTP / *ConfigUDP: null clears it, an object is decoded into what is there. */
    private static ListenerConfig listener(ListenerConfig current, Object v, GoField at, String struct) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonObject)) {
            throw at.mismatch(v, "patrol." + struct);
        }
        String[] listen = {current == null ? "" : current.listen()};
        Object[] x = {current == null ? null : current.x()};
        LISTENER_KEYS.forEach((JsonObject) v, (key, value) -> {
            GoField field = at.member(struct, key);
            if (key.equals("x")) {
                x[0] = GoConvert.any(value, field);
            } else if (value != null) {
                listen[0] = GoConvert.string(value, field);
            }
        });
        return new ListenerConfig(listen[0], x[0]);
    }
}
