package dev.patrol.adapters.state;

import dev.patrol.ports.state.SavedState;
import dev.patrol.ports.state.StateStore;
import dev.patrol.ports.testing.FakeStateStore;

/** Keeps {@link FakeStateStore} honest against the contract. */
class FakeStateStoreTest extends StateStoreContract {
    private final FakeStateStore store = new FakeStateStore();

    @Override
    protected StateStore store() {
        return store;
    }

    @Override
    protected SavedState reloaded() {
        return store.load();
    }
}
