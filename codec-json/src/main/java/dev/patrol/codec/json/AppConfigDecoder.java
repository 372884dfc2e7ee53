package dev.patrol.codec.json;

import dev.patrol.ports.config.AppConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Decodes one `apps` entry (Go's ConfigApp, spec §1.3) plus the added app keys. */
final class AppConfigDecoder {
    private static final String STRUCT = "ConfigApp";
    static final String GO_TYPE = "patrol.ConfigApp";
    private static final GoKeys KEYS = GoKeys.of("keepalive", "name", "binary",
            "working-directory", "log-directory", "pid-path", "pid-verify", "disabled", "keyvalue",
            "keyvalue-clear", "secret", "execute-timeout", "args", "env", "env-parent", "std-merge",
            "x", "restart", "restart-delay-ms", "backoff-max-ms", "start-seconds", "start-limit",
            "stop-timeout", "log-max-bytes", "log-retention-days");
    // Keys whose JSON null is stored (maps, slices, interfaces, pointers), not skipped.
    private static final Set<String> NULLABLE = Set.of("keyvalue", "args", "env",
            "x", "restart", "restart-delay-ms", "backoff-max-ms", "start-seconds", "start-limit",
            "stop-timeout", "log-max-bytes", "log-retention-days");

    private final AppConfig.Builder b = AppConfig.builder();
    private Map<String, Object> keyValue = new LinkedHashMap<>();

    private AppConfigDecoder() {
    }

    /** `json` must be a JSON object; `at` is where the app sits (e.g. apps.web). */
    static AppConfig decode(JsonObject json, GoField at) {
        AppConfigDecoder d = new AppConfigDecoder();
        KEYS.forEach(json, (key, value) -> d.member(key, value, at.member(STRUCT, key)));
        return d.b.keyValue(d.keyValue).build();
    }

    private void member(String key, Object v, GoField at) {
        if (v == null && !NULLABLE.contains(key)) {
            return; // Go leaves a scalar untouched when given null
        }
        switch (key) {
            case "keepalive" -> b.keepAlive(GoConvert.goInt(v, at));
            case "name" -> b.name(GoConvert.string(v, at));
            case "binary" -> b.binary(GoConvert.string(v, at));
            case "working-directory" -> b.workingDirectory(GoConvert.string(v, at));
            case "log-directory" -> b.logDirectory(GoConvert.string(v, at));
            case "pid-path" -> b.pidPath(GoConvert.string(v, at));
            case "pid-verify" -> b.pidVerify(GoConvert.bool(v, at));
            case "disabled" -> b.disabled(GoConvert.bool(v, at));
            case "keyvalue" -> keyValue = GoConvert.anyMap(keyValue, v, at);
            case "keyvalue-clear" -> b.keyValueClear(GoConvert.bool(v, at));
            case "secret" -> b.secret(GoConvert.string(v, at));
            case "execute-timeout" -> b.executeTimeout(GoConvert.goInt(v, at));
            case "args" -> b.args(GoConvert.strings(v, at));
            case "env" -> b.env(GoConvert.strings(v, at));
            case "env-parent" -> b.envParent(GoConvert.bool(v, at));
            case "std-merge" -> b.stdMerge(GoConvert.bool(v, at));
            case "x" -> b.x(GoConvert.any(v, at));
            default -> addition(key, v, at);
        }
    }

    // The added keys behave like Go pointers: null (or absence) means "not set".
    private void addition(String key, Object v, GoField at) {
        switch (key) {
            case "restart" -> b.restart(v == null ? null : GoConvert.string(v, at));
            case "restart-delay-ms" -> b.restartDelayMs(v == null ? null : GoConvert.int64(v, at, "int64"));
            case "backoff-max-ms" -> b.backoffMaxMs(v == null ? null : GoConvert.int64(v, at, "int64"));
            case "start-seconds" -> b.startSeconds(v == null ? null : GoConvert.float64(v, at));
            case "start-limit" -> b.startLimit(v == null ? null : GoConvert.goInt(v, at));
            case "stop-timeout" -> b.stopTimeout(v == null ? null : GoConvert.goInt(v, at));
            case "log-max-bytes" -> b.logMaxBytes(v == null ? null : GoConvert.int64(v, at, "int64"));
            case "log-retention-days" -> b.logRetentionDays(v == null ? null : GoConvert.goInt(v, at));
            default -> throw new IllegalStateException("unhandled key " + key);
        }
    }
}
