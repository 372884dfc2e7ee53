package dev.patrol.domain.state;

import java.util.function.UnaryOperator;

/**
 * An {@link ObjectState} plus its CAS. Changes are grouped in sessions (one event handled by
 * the engine): a session that changed anything adds exactly +1 (spec §5.5). Setting a field
 * to the value it already has changes nothing; a key/value merge or replace and a history
 * append always count. Confined to the engine thread.
 */
public final class Tracked {
    private ObjectState state;
    private long cas;
    private boolean dirty;
    private final Runnable onDirty;

    /** `onDirty` runs when a session first changes something, so the owner can end it. */
    public Tracked(ObjectState initial, long casSeed, Runnable onDirty) {
        this.state = initial;
        this.cas = casSeed;
        this.onDirty = onDirty;
    }

    public Tracked(ObjectState initial, long casSeed) {
        this(initial, casSeed, () -> { });
    }

    private void markDirty() {
        if (!dirty) {
            dirty = true;
            onDirty.run();
        }
    }

    public ObjectState state() {
        return state;
    }

    public long cas() {
        return cas;
    }

    /** Applies `change`; the session becomes dirty only if the state really differs. */
    public void update(UnaryOperator<ObjectState> change) {
        ObjectState next = change.apply(state);
        if (!next.equals(state)) {
            state = next;
            markDirty();
        }
    }

    /** Applies `change` and counts it even if nothing differs (key/value, history). */
    public void force(UnaryOperator<ObjectState> change) {
        state = change.apply(state);
        markDirty();
    }

    /** Ends the session: +1 if anything changed. Returns true if the CAS moved. */
    public boolean endSession() {
        if (!dirty) {
            return false;
        }
        dirty = false;
        cas++;
        return true;
    }
}
