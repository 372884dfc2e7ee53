package dev.patrol.ports.hooks;

import java.util.List;

/** Library hooks asked at each launch of an app (spec §1.3 ExtraArgs/ExtraEnv). */
public interface LaunchHooks {
    List<String> extraArgs(String appId);

    /** `KEY=VALUE` entries added after the config's `env`. */
    List<String> extraEnv(String appId);

    LaunchHooks NONE = new LaunchHooks() {
        @Override
        public List<String> extraArgs(String appId) {
            return List.of();
        }

        @Override
        public List<String> extraEnv(String appId) {
            return List.of();
        }
    };
}
