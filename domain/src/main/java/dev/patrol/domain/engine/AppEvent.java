package dev.patrol.domain.engine;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.PidReading;

/**
 * What can happen to an app, as values. Probing (the PID file, liveness, the signal guard) is
 * done before an event is made, and its findings travel on the event, so the transition stays pure.
 */
sealed interface AppEvent {
    /** The events, for the exhaustive switch of {@link AppTransitions#on}. */
    enum Kind {
        DECIDE, LAUNCHED, LAUNCH_FAILED, EXITED, PING_CHECKED, PID_READ, PINGED, EXECUTE_TIMEOUT,
        STOP_PROBED, STOP_TIMER, RECONFIGURE, RETIRE, SHUTDOWN
    }

    Kind kind();

    /** Evaluate the app (tick, API toggle, respawn/grace/poll/ping timer), after its liveness was checked. */
    record Decide(boolean tick) implements AppEvent {
        public Kind kind() {
            return Kind.DECIDE;
        }
    }

    /** The launcher started a child (the unit already holds it and its new instance). */
    record Launched() implements AppEvent {
        public Kind kind() {
            return Kind.LAUNCHED;
        }
    }

    /** The launch failed: `error` says why; `level` of its line (WARN once per episode, then DEBUG, {@link LaunchFaults}). */
    record LaunchFailed(String error, AppEffect.Level level) implements AppEvent {
        public Kind kind() {
            return Kind.LAUNCH_FAILED;
        }
    }

    /**
     * The child of launch `seq` exited; `takeoverPid` is a live process of the app the PID file
     * names instead (F4: a forking daemon), probed only when it may matter, else 0.
     */
    record Exited(int seq, ExitStatus status, long takeoverPid) implements AppEvent {
        public Kind kind() {
            return Kind.EXITED;
        }
    }

    /** Keepalive 3/4 liveness of an open instance; `livePid` is the app's process still alive (F6), else 0. */
    record PingChecked(long livePid) implements AppEvent {
        public Kind kind() {
            return Kind.PING_CHECKED;
        }
    }

    /**
     * Keepalive 2: the PID file as read, the verdict on the PID it names (null unless FOUND), and
     * whether that PID is an unproven one that would displace the live child (A8).
     */
    record PidRead(PidReading reading, PidChecks.Verdict verdict, boolean displacesChild) implements AppEvent {
        public Kind kind() {
            return Kind.PID_READ;
        }
    }

    /**
     * A ping (spec §6.3 step 2): `pid` is the checked PID it brought (0: none, or refused), `reused`
     * when it is the instance's own PID, now naming a new process.
     */
    record Pinged(long pid, boolean reused) implements AppEvent {
        public Kind kind() {
            return Kind.PINGED;
        }
    }

    /** The execute-timeout timer fired (F2). */
    record ExecuteTimeout() implements AppEvent {
        public Kind kind() {
            return Kind.EXECUTE_TIMEOUT;
        }
    }

    /**
     * A stop was asked for `pid`: `group` when it is the launched child (F5), its start time, and
     * why the guard refuses to signal it (A8), null when it may be signalled.
     */
    record StopProbed(long pid, CloseReason reason, boolean group, long startTime, String refusal)
            implements AppEvent {
        public Kind kind() {
            return Kind.STOP_PROBED;
        }
    }

    /** A stop-sequence timer fired; `gone`: the process Patrol did not launch is dead or its PID reused. */
    record StopTimer(TimerKind timer, boolean gone) implements AppEvent {
        public Kind kind() {
            return Kind.STOP_TIMER;
        }
    }

    /** A reload changed the app's config. */
    record Reconfigure(AppConfig cfg) implements AppEvent {
        public Kind kind() {
            return Kind.RECONFIGURE;
        }
    }

    /** A reload removed the app. */
    record Retire() implements AppEvent {
        public Kind kind() {
            return Kind.RETIRE;
        }
    }

    /** Graceful shutdown; `signalAdopted`: the adopted process is still the app's and provably so. */
    record Shutdown(boolean signalAdopted) implements AppEvent {
        public Kind kind() {
            return Kind.SHUTDOWN;
        }
    }
}
