package dev.patrol.domain.engine;

import dev.patrol.domain.state.ObjectState;
import dev.patrol.domain.state.Tracked;
import dev.patrol.ports.api.Group;
import dev.patrol.ports.config.ObjectConfig;
import java.util.function.Consumer;

/** One supervised object as the engine holds it: identity, tracked state, config facts. */
abstract class Unit {
    final String id;
    final Tracked tracked;
    /** Distinguishes a unit from an earlier one with the same id (after a reload). */
    final long serial;
    private String label;
    /** Removed by a reload: it still finishes stopping, but is never launched again. */
    boolean retired;
    /** Monotonic time the current instance opened, and of its latest sign of life (deadlines, never the wall clock). */
    long openedNanos;
    long seenNanos;

    /** `onDirty` hears of the first change of each session, so the owner can end it. */
    Unit(String id, long serial, boolean disabled, long casSeed, Consumer<Unit> onDirty) {
        this.id = id;
        this.serial = serial;
        this.tracked = new Tracked(ObjectState.initial(disabled), casSeed, () -> onDirty.accept(this));
    }

    abstract Group group();

    /** The current config (a reload may replace it). */
    abstract ObjectConfig config();

    String name() {
        return config().name();
    }

    String secret() {
        return config().secret();
    }

    boolean keyValueClear() {
        return config().keyValueClear();
    }

    ObjectState state() {
        return tracked.state();
    }

    /** `app web` or `service ssh`, for log lines. */
    /** `app web`, `service db`: made once, it is in every log line and every evaluation's view. */
    String label() {
        String l = label;
        if (l == null) {
            l = group().wire() + " " + id;
            label = l;
        }
        return l;
    }
}
