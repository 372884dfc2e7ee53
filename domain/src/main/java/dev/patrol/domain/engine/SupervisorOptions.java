package dev.patrol.domain.engine;

import dev.patrol.ports.hooks.LaunchHooks;
import dev.patrol.ports.hooks.Listener;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Settings that are not in the config: the zone for log directory dates, the daemon's own
 * environment (for `env-parent`), library hooks, and where triggers run.
 */
public record SupervisorOptions(
        ZoneId zone,
        Map<String, String> parentEnvironment,
        LaunchHooks hooks,
        Listener listener,
        Executor callbacks) {

    public SupervisorOptions {
        parentEnvironment = Map.copyOf(parentEnvironment);
    }

    /** No hooks, no listener; triggers are dropped. */
    public static SupervisorOptions defaults(ZoneId zone, Map<String, String> parentEnvironment) {
        return new SupervisorOptions(zone, parentEnvironment, LaunchHooks.NONE, Listener.NONE, Runnable::run);
    }

    public SupervisorOptions withListener(Listener l, Executor executor) {
        return new SupervisorOptions(zone, parentEnvironment, hooks, l, executor);
    }
}
