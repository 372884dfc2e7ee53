package dev.patrol.ports.api;

import dev.patrol.ports.Copies;
import java.time.Instant;
import java.util.Map;

/**
 * One closed instance (spec §5.3, §6.6). Null instants and zero/false values are omitted on
 * the wire. `signal` and `reason` are our additions, emitted after the original keys and
 * only when set: the signal that killed the process, and why the instance ended when
 * Patrol ended it (e.g. `start-limit`, `execute-timeout`, `ping-expired`).
 */
public record HistoryRecord(
        String instanceId,
        long pid,
        Instant started,
        Instant lastSeen,
        Instant stopped,
        boolean disabled,
        boolean restart,
        boolean runOnce,
        boolean shutdown,
        int exitCode,
        Map<String, Object> keyValue,
        int signal,
        String reason) {

    public HistoryRecord {
        instanceId = Copies.text(instanceId);
        keyValue = Copies.map(keyValue);
        reason = Copies.text(reason);
    }
}
