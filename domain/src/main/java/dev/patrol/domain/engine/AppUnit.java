package dev.patrol.domain.engine;

import dev.patrol.ports.api.Group;
import dev.patrol.ports.api.LaunchError;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.ObjectConfig;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** An app plus what the engine knows about the process it launched and is stopping. */
final class AppUnit extends Unit {
    /** The process Patrol launched and has not yet seen exit. */
    record Child(long pid, long startTime, long launchedNanos, String instanceId, int seq) {
    }

    /**
     * A stop sequence in progress against `pid` (its group when `group`); `startTime` tells
     * the process from a later one that reuses its PID (0 = unknown).
     */
    record Stop(long pid, boolean group, CloseReason reason, long startTime) {
    }

    /**
     * A process known by its PID and start time (0 = unknown); `instanceId` it was adopted into;
     * `proven` when it was provably the app's at adoption ({@link SignalGuard}).
     */
    record Adopted(long pid, long startTime, String instanceId, boolean proven) {
    }

    AppConfig cfg;
    Child child;
    Stop stop;
    int fastFailures;
    int launchSeq;
    /** The PID that came from outside (PID file, ping), as first seen in this instance (F3). */
    Adopted adopted;
    /** A process that took over a PID this app had adopted: never adopted again. */
    Adopted stranger;
    /** The PID file was unusable at the last read (said once until it changes). */
    boolean pidFileInvalid;
    /** The last PID pid-verify refused, so each refusal is logged once. */
    long refusedPid;
    /** A process Patrol refused to signal (A8): never adopted again, its refusal said once. */
    Adopted unproven;
    /** The PID (and process group) of the latest launch, kept after it exits. */
    long lastLaunchedPid;
    /** The latest launch failed with this (null once one works), for `launch-error`; see {@link LaunchFaults}. */
    LaunchError launchError;
    /** The error with its numbers blanked, to tell a repeat from a new failure. */
    String launchErrorShape;
    /** Launches failed in a row. */
    int failedLaunches;
    /** SIGUSR2 was sent: the next exit of the child is the restart asked for, not a failure. */
    boolean restartSignalled;

    private final Map<TimerKind, String> timerNames = new EnumMap<>(TimerKind.class);

    AppUnit(String id, long serial, AppConfig cfg, long casSeed, Consumer<Unit> onDirty) {
        super(id, serial, cfg.disabled(), casSeed, onDirty);
        this.cfg = cfg;
    }

    @Override
    Group group() {
        return Group.APP;
    }

    @Override
    ObjectConfig config() {
        return cfg;
    }

    boolean pidPatrol() {
        return cfg.keepAlive() == AppConfig.KEEPALIVE_PID_PATROL;
    }

    /** The app's phase, derived from these fields (the one place, {@link AppPhase#of}). */
    AppPhase phase(Timers timers) {
        return AppPhase.of(state(), child, stop, timers.armed(timer(TimerKind.RESPAWN)));
    }

    /** The timer's name, made once per kind: evaluations look up the respawn timer every tick. */
    String timer(TimerKind kind) {
        String name = timerNames.get(kind);
        if (name == null) {
            name = "app/" + id + "#" + serial + "/" + kind.key();
            timerNames.put(kind, name);
        }
        return name;
    }
}
