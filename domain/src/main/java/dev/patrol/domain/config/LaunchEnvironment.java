package dev.patrol.domain.config;

import dev.patrol.gocompat.GoPath;
import dev.patrol.gocompat.GoJsonQuote;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The environment of a launched app (spec §2.5): parent, `env`, extras, then the PATROL_* variables. */
public final class LaunchEnvironment {
    private LaunchEnvironment() {
    }

    /**
     * Builds the final `KEY=VALUE` list. The parent map is used only with `env-parent` and is
     * taken in its own iteration order; pass a sorted map for a reproducible order.
     */
    public static List<String> build(String appId, AppConfig app, Config config,
            Map<String, String> parentEnv, List<String> extraEnv) {
        List<String> env = new ArrayList<>();
        if (app.envParent() && parentEnv != null) {
            parentEnv.forEach((key, value) -> env.add(key + "=" + value));
        }
        env.addAll(app.env());
        if (extraEnv != null) {
            env.addAll(extraEnv);
        }
        // Appended last so that a user can never override them.
        env.add("PATROL_ID=" + appId);
        env.add("PATROL_KEEPALIVE=" + app.keepAlive());
        if (!app.pidPath().isEmpty()) {
            env.add("PATROL_PID=" + GoPath.join(app.workingDirectory(), app.pidPath()));
        }
        if (!config.listenHttp().isEmpty()) {
            env.add("PATROL_HTTP=" + GoJsonQuote.stringArray(config.listenHttp()));
        }
        if (!config.listenUdp().isEmpty()) {
            env.add("PATROL_UDP=" + GoJsonQuote.stringArray(config.listenUdp()));
        }
        return dedup(env);
    }

    /**
     * Go's exec dedupEnv: a repeated key keeps its LAST value, at the position where the key
     * first appeared (so `A=1,B=2,A=3` → `A=3,B=2`). Entries without `=` are kept as they are.
     */
    public static List<String> dedup(List<String> env) {
        List<String> out = new ArrayList<>(env.size());
        Map<String, Integer> positions = new HashMap<>();
        for (String entry : env) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                out.add(entry);
                continue;
            }
            Integer at = positions.putIfAbsent(entry.substring(0, eq), out.size());
            if (at == null) {
                out.add(entry);
            } else {
                out.set(at, entry);
            }
        }
        return List.copyOf(out);
    }
}
