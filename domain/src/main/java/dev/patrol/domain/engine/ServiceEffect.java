package dev.patrol.domain.engine;

import dev.patrol.ports.hooks.TriggerEvent;
import dev.patrol.ports.service.ServiceOperation;

/** What a service transition asks for; {@link ServiceSupervision} carries it out through the ports. */
sealed interface ServiceEffect {
    /** Run the service's command for `op` (off the engine thread; its outcome comes back as an event). */
    record Run(ServiceOperation op) implements ServiceEffect { }

    /** The command in flight has ended. */
    record Idle() implements ServiceEffect { }

    record Open() implements ServiceEffect { }

    record Seen() implements ServiceEffect { }

    record Close() implements ServiceEffect { }

    record ClearRestart() implements ServiceEffect { }

    record Trigger(TriggerEvent.Kind kind) implements ServiceEffect { }

    /** A log line; `withInstance`: the instance id is appended once the effects before it ran. */
    record Log(boolean warn, String line, boolean withInstance) implements ServiceEffect { }
}
