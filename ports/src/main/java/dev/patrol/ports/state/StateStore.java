package dev.patrol.ports.state;

import dev.patrol.ports.api.Group;

/**
 * Crash-safe persistence of what must survive the daemon (product.md A3). {@link #put} returns
 * at once: the store writes off the caller's thread, and a burst of changes to one object costs a
 * bounded number of writes. A store that cannot write keeps the latest state in memory and
 * retries; it never throws at the engine.
 */
public interface StateStore {
    /** What was saved, read once at start-up. Damaged entries are set aside, reported and left out. */
    SavedState load();

    /** The latest state of one object, to be written soon. */
    void put(Group group, String id, SavedObject object);

    /** The object left the config: forget it. */
    void remove(Group group, String id);

    /** Writes everything pending and waits for it (shutdown); false if some of it could not be written. */
    boolean flush();
}
