package dev.patrol.domain.engine;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.hooks.TriggerEvent;
import dev.patrol.ports.process.Signal;

/** What a transition asks for, as values; {@link AppEffects} carries them out, in order, through the ports. */
sealed interface AppEffect {
    /** Launch the app (its own method, {@link AppLaunch#launch}, handles a failure). */
    record Launch() implements AppEffect { }

    /** A signal to `pid`, or to its process group. */
    record SendSignal(long pid, Signal signal, boolean group) implements AppEffect { }

    /** Probe `pid` for a stop (group? start time? may it be signalled?), then decide ({@link AppEvent.StopProbed}). */
    record BeginStop(long pid, CloseReason reason) implements AppEffect { }

    /** The stop sequence now runs against this process. */
    record SetStop(AppUnit.Stop stop) implements AppEffect { }

    /** The stop sequence is over: its timers are cancelled. */
    record EndStop() implements AppEffect { }

    /** SIGUSR2 to `pid` unless the guard refuses it (A8); the restart flag is cleared either way. */
    record RequestRestart(long pid) implements AppEffect { }

    record ArmTimer(TimerKind timer, long deadline) implements AppEffect { }

    record CancelTimer(TimerKind timer) implements AppEffect { }

    /** A new instance (new id, started = now). */
    record Open() implements AppEffect { }

    /** A new instance for a PID from outside, remembered with its start time (F3). */
    record OpenWithPid(long pid, TriggerEvent.Kind trigger) implements AppEffect { }

    /** Close the instance, if any, with its history record. */
    record Close(CloseReason reason) implements AppEffect { }

    /** A history record without an instance (why Patrol gave up). */
    record Note(CloseReason reason) implements AppEffect { }

    /** A sign of life now (lastseen, and the monotonic seen time). */
    record Seen() implements AppEffect { }

    record SetPid(long pid) implements AppEffect { }

    /** Remember the adopted PID's start time for this instance (F3). */
    record Remember() implements AppEffect { }

    record SetExit(int code, int signal) implements AppEffect { }

    record SetDisabled(boolean disabled) implements AppEffect { }

    record SetFastFailures(int count) implements AppEffect { }

    /** The child's exit has been taken in: forget it (and that a restart was signalled). */
    record ForgetChild(boolean clearRestartSignal) implements AppEffect { }

    /** Never adopt this process again: Patrol refused to signal it (A8). */
    record MarkUnproven(long pid, long startTime) implements AppEffect { }

    record SetConfig(AppConfig cfg) implements AppEffect { }

    /** Removed by a reload; `stopping`: its launched child still has to exit. */
    record MarkRetired(boolean stopping) implements AppEffect { }

    /** A removed app's child exited: nothing of it is left. */
    record ForgetRetired() implements AppEffect { }

    record Trigger(TriggerEvent.Kind kind) implements AppEffect { }

    /** The level of a log line. */
    enum Level { DEBUG, INFO, WARN }

    record Log(Level level, String line) implements AppEffect {
        Log(boolean warn, String line) {
            this(warn ? Level.WARN : Level.INFO, line);
        }

        boolean warn() {
            return level == Level.WARN;
        }
    }

    /** Evaluate the app again (liveness, then {@link AppEvent.Decide}); always the last effect. */
    record Reevaluate() implements AppEffect { }
}
