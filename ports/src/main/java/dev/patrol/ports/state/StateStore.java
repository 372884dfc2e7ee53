package dev.patrol.ports.state;

import java.util.Optional;

/**
 * Crash-safe persistence of supervision state (product.md A3): written atomically (temp
 * file, fsync, rename), read back at start-up.
 */
public interface StateStore {
    Optional<SavedState> load();

    void save(SavedState state);
}
