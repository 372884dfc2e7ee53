package dev.patrol.domain.engine;

import dev.patrol.domain.state.ObjectState;
import dev.patrol.ports.service.ServiceOperation;

/** Where a service is: idle (DOWN, UP, HELD) or waiting for its one command. Derived in {@link #of}. */
enum ServicePhase {
    /** Not running, enabled, no command running: the next check starts it. */
    DOWN,
    /** An instance is open, no command running. */
    UP,
    /** Not running and disabled, no command running. */
    HELD,
    /** `status` is running. */
    CHECKING,
    /** `start` is running. */
    STARTING,
    /** `stop` is running. */
    STOPPING,
    /** `restart` is running. */
    RESTARTING;

    static ServicePhase of(ObjectState s, ServiceOperation inFlight) {
        if (inFlight != null) {
            return switch (inFlight) {
                case STATUS -> CHECKING;
                case START -> STARTING;
                case STOP -> STOPPING;
                case RESTART -> RESTARTING;
            };
        }
        return s.running() ? UP : s.disabled() ? HELD : DOWN;
    }

    /** The phase a command leads to while it runs. */
    static ServicePhase running(ServiceOperation op) {
        return of(ObjectState.initial(false), op);
    }
}
