package dev.patrol.domain.engine;

import dev.patrol.domain.state.ObjectState;

/**
 * Where an app is in supervision, derived from its unit in one place ({@link #of}), never
 * stored beside the facts it comes from. The table of transitions is {@link AppTransitions}.
 */
enum AppPhase {
    /** Not running, nothing launched, nothing pending: the next evaluation launches (if enabled). */
    DOWN,
    /** An instance is open (`started` set). */
    UP,
    /** A stop sequence is in progress (SIGUSR1 sent; TERM and KILL timers armed). */
    STOPPING,
    /** A respawn timer is armed (the restart policy's backoff). */
    BACKOFF,
    /** Disabled (toggle, restart mode or start limit) and not running. */
    HELD,
    /** The child Patrol launched outlives its closed instance (e.g. an expired ping): it gets stopped. */
    ORPHANED;

    /** The one derivation of the phase; the order is the precedence. */
    static AppPhase of(ObjectState s, AppUnit.Child child, AppUnit.Stop stop, boolean backoffArmed) {
        if (stop != null) {
            return STOPPING;
        }
        if (s.running()) {
            return UP;
        }
        if (s.disabled()) {
            return HELD;
        }
        if (backoffArmed) {
            return BACKOFF;
        }
        return child != null ? ORPHANED : DOWN;
    }
}
