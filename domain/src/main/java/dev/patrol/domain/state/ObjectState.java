package dev.patrol.domain.state;

import dev.patrol.ports.Copies;
import dev.patrol.ports.api.HistoryRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The observable state of one app or service (spec §5.2), immutable. `started == null`
 * means "not running". The CAS is kept beside it by {@link Tracked}, which counts changes.
 */
public record ObjectState(
        String instanceId,
        Instant started,
        Instant lastSeen,
        Instant startedLog,
        boolean disabled,
        boolean restart,
        boolean runOnce,
        boolean runOnceConsumed,
        long pid,
        int exitCode,
        int exitSignal,
        Map<String, Object> keyValue,
        List<HistoryRecord> history) {

    public ObjectState {
        instanceId = Copies.text(instanceId);
        keyValue = Copies.map(keyValue);
        history = Copies.list(history);
    }

    /** A fresh object: not running, with the configured disabled flag. */
    public static ObjectState initial(boolean disabled) {
        return new ObjectState("", null, null, null, disabled, false, false, false, 0, 0, 0,
                Map.of(), List.of());
    }

    public boolean running() {
        return started != null;
    }

    public ObjectState withInstance(String id, Instant startedAt) {
        return new ObjectState(id, startedAt, null, startedLog, disabled, restart, runOnce,
                runOnceConsumed, pid, exitCode, exitSignal, keyValue, history);
    }

    public ObjectState withLastSeen(Instant v) {
        return new ObjectState(instanceId, started, v, startedLog, disabled, restart, runOnce,
                runOnceConsumed, pid, exitCode, exitSignal, keyValue, history);
    }

    public ObjectState withStartedLog(Instant v) {
        return new ObjectState(instanceId, started, lastSeen, v, disabled, restart, runOnce,
                runOnceConsumed, pid, exitCode, exitSignal, keyValue, history);
    }

    public ObjectState withFlags(boolean disabledV, boolean restartV, boolean runOnceV, boolean consumedV) {
        return new ObjectState(instanceId, started, lastSeen, startedLog, disabledV, restartV, runOnceV,
                consumedV, pid, exitCode, exitSignal, keyValue, history);
    }

    public ObjectState withDisabled(boolean v) {
        return withFlags(v, restart, runOnce, runOnceConsumed);
    }

    public ObjectState withRestart(boolean v) {
        return withFlags(disabled, v, runOnce, runOnceConsumed);
    }

    public ObjectState withRunOnceConsumed(boolean v) {
        return withFlags(disabled, restart, runOnce, v);
    }

    public ObjectState withPid(long v) {
        return new ObjectState(instanceId, started, lastSeen, startedLog, disabled, restart, runOnce,
                runOnceConsumed, v, exitCode, exitSignal, keyValue, history);
    }

    public ObjectState withExit(int code, int signal) {
        return new ObjectState(instanceId, started, lastSeen, startedLog, disabled, restart, runOnce,
                runOnceConsumed, pid, code, signal, keyValue, history);
    }

    public ObjectState withKeyValue(Map<String, Object> v) {
        return new ObjectState(instanceId, started, lastSeen, startedLog, disabled, restart, runOnce,
                runOnceConsumed, pid, exitCode, exitSignal, v, history);
    }

    public ObjectState withHistory(List<HistoryRecord> v) {
        return new ObjectState(instanceId, started, lastSeen, startedLog, disabled, restart, runOnce,
                runOnceConsumed, pid, exitCode, exitSignal, keyValue, v);
    }
}
