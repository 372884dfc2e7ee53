package dev.patrol.ports.state;

import dev.patrol.ports.Copies;
import java.time.Instant;

/**
 * A running instance as saved: enough to find its process again after a daemon restart and to
 * tell it from a later process that reuses its PID (`startTime`, clock ticks since boot; 0 unknown).
 * `processGroup` and `cgroup` (a path, "" if none) say where its other processes are.
 */
public record LiveInstance(
        String instanceId,
        long pid,
        long startTime,
        long processGroup,
        String cgroup,
        Instant started,
        Instant lastSeen) {

    public LiveInstance {
        instanceId = Copies.text(instanceId);
        cgroup = Copies.text(cgroup);
        if (pid < 0 || startTime < 0 || processGroup < 0) {
            throw new IllegalArgumentException("'pid', 'startTime' and 'processGroup' must not be negative");
        }
    }
}
