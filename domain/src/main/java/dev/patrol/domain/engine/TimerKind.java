package dev.patrol.domain.engine;

import java.util.Locale;

/** The one-shot timers an app arms, by purpose; {@link AppEffects} maps each to the event it fires. */
enum TimerKind {
    /** The backoff before a respawn (BACKOFF, then evaluate). */
    RESPAWN,
    /** F8: HTTP/UDP apps' grace after daemon start, before a launch. */
    GRACE,
    /** The PID file poll of keepalive 2, every second. */
    POLL,
    /** Ping expiry of keepalive 3 and 4: lastseen + ping-timeout. */
    PING,
    /** `execute-timeout` since the launch (F2). */
    EXECUTE,
    /** Stop sequence: SIGTERM after `stop-timeout`. */
    TERM,
    /** Stop sequence: SIGKILL after another `stop-timeout`. */
    KILL,
    /** Stop sequence: the liveness check of a process Patrol did not launch, every second. */
    CHECK;

    /** The timers of a stop sequence. */
    boolean stops() {
        return this == TERM || this == KILL || this == CHECK;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
