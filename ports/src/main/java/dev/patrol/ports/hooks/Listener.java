package dev.patrol.ports.hooks;

/**
 * Library hooks. Called on a callback executor, never on the engine thread, so a slow hook
 * cannot stall supervision; hooks observe, they cannot veto.
 */
@FunctionalInterface
public interface Listener {
    /** No hooks: the engine then skips building trigger events altogether (one per ping). */
    Listener NONE = event -> { };

    void on(TriggerEvent event);
}
