package dev.patrol.codec.json;

import dev.patrol.ports.config.ServiceConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Decodes one `services` entry (Go's ConfigService, spec §1.4). */
final class ServiceConfigDecoder {
    private static final String STRUCT = "ConfigService";
    static final String GO_TYPE = "patrol.ConfigService";
    private static final GoKeys KEYS = GoKeys.of("management", "management-start",
            "management-status", "management-stop", "management-restart",
            "management-start-parameter", "management-status-parameter",
            "management-stop-parameter", "management-restart-parameter", "name", "service",
            "ignore-exit-codes-start", "ignore-exit-codes-status", "ignore-exit-codes-stop",
            "ignore-exit-codes-restart", "disabled", "keyvalue", "keyvalue-clear", "secret", "x");
    // Keys whose JSON null is stored (maps, slices, interfaces), not skipped.
    private static final Set<String> NULLABLE = Set.of("ignore-exit-codes-start",
            "ignore-exit-codes-status", "ignore-exit-codes-stop", "ignore-exit-codes-restart",
            "keyvalue", "x");

    private final ServiceConfig.Builder b = ServiceConfig.builder();
    private Map<String, Object> keyValue = new LinkedHashMap<>();

    private ServiceConfigDecoder() {
    }

    /** `json` must be a JSON object; `at` is where the service sits (e.g. services.db). */
    static ServiceConfig decode(JsonObject json, GoField at) {
        ServiceConfigDecoder d = new ServiceConfigDecoder();
        KEYS.forEach(json, (key, value) -> d.member(key, value, at.member(STRUCT, key)));
        return d.b.keyValue(d.keyValue).build();
    }

    private void member(String key, Object v, GoField at) {
        if (v == null && !NULLABLE.contains(key)) {
            return; // Go leaves a scalar untouched when given null
        }
        switch (key) {
            case "management" -> b.management(GoConvert.goInt(v, at));
            case "management-start" -> b.managementStart(GoConvert.goInt(v, at));
            case "management-status" -> b.managementStatus(GoConvert.goInt(v, at));
            case "management-stop" -> b.managementStop(GoConvert.goInt(v, at));
            case "management-restart" -> b.managementRestart(GoConvert.goInt(v, at));
            case "management-start-parameter" -> b.managementStartParameter(GoConvert.string(v, at));
            case "management-status-parameter" -> b.managementStatusParameter(GoConvert.string(v, at));
            case "management-stop-parameter" -> b.managementStopParameter(GoConvert.string(v, at));
            case "management-restart-parameter" -> b.managementRestartParameter(GoConvert.string(v, at));
            case "name" -> b.name(GoConvert.string(v, at));
            case "service" -> b.service(GoConvert.string(v, at));
            case "ignore-exit-codes-start" -> b.ignoreExitCodesStart(GoBytes.decode(v, at));
            case "ignore-exit-codes-status" -> b.ignoreExitCodesStatus(GoBytes.decode(v, at));
            case "ignore-exit-codes-stop" -> b.ignoreExitCodesStop(GoBytes.decode(v, at));
            case "ignore-exit-codes-restart" -> b.ignoreExitCodesRestart(GoBytes.decode(v, at));
            case "disabled" -> b.disabled(GoConvert.bool(v, at));
            case "keyvalue" -> keyValue = GoConvert.anyMap(keyValue, v, at);
            case "keyvalue-clear" -> b.keyValueClear(GoConvert.bool(v, at));
            case "secret" -> b.secret(GoConvert.string(v, at));
            case "x" -> b.x(GoConvert.any(v, at));
            default -> throw new IllegalStateException("unhandled key " + key);
        }
    }
}
