package dev.patrol.ports.hooks;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Group;
import dev.patrol.ports.api.HistoryRecord;

/**
 * A trigger (spec §7) as delivered to a {@link Listener}: what happened, to which object,
 * its snapshot after the change, and the closed record for `CLOSED`. Patrol-level kinds
 * carry no group or id.
 */
public record TriggerEvent(Kind kind, Group group, String id, ApiResponse snapshot, HistoryRecord closed) {
    /** The trigger kinds of the original, app and service ones shared. */
    public enum Kind {
        PATROL_STARTED, PATROL_TICK, PATROL_STOPPED, PATROL_SHUTDOWN,
        START, STARTED, STARTED_PINGED, START_FAILED, RUNNING, DISABLED, CLOSED, PINGED, SHUTDOWN
    }
}
