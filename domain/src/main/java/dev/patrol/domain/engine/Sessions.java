package dev.patrol.domain.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * CAS-session bookkeeping (spec §5.5): every unit changed while one event is handled is
 * remembered, and the end of the event ends its session, +1 CAS each.
 */
final class Sessions {
    private final List<Unit> dirty = new ArrayList<>();

    /** Hears a unit's first change of a session. */
    void changed(Unit u) {
        dirty.add(u);
    }

    /** Runs one event as a session. */
    void run(Runnable task) {
        task.run();
        end();
    }

    /** Ends the session of every unit changed since the last call. */
    void end() {
        for (Unit u : dirty) {
            u.tracked.endSession();
        }
        dirty.clear();
    }
}
