package dev.patrol.ports.testing;

import dev.patrol.ports.api.Group;
import dev.patrol.ports.state.SavedObject;
import dev.patrol.ports.state.SavedState;
import dev.patrol.ports.state.StateStore;
import java.util.LinkedHashMap;
import java.util.Map;

/** An in-memory {@link StateStore}: what a restarted daemon would load, and how often it was written. */
public final class FakeStateStore implements StateStore {
    private final Map<String, SavedObject> apps = new LinkedHashMap<>();
    private final Map<String, SavedObject> services = new LinkedHashMap<>();
    private int puts;

    @Override
    public synchronized SavedState load() {
        return new SavedState(apps, services);
    }

    @Override
    public synchronized void put(Group group, String id, SavedObject object) {
        of(group).put(id, object);
        puts++;
    }

    @Override
    public synchronized void remove(Group group, String id) {
        of(group).remove(id);
    }

    @Override
    public synchronized boolean flush() {
        return true;
    }

    public synchronized int puts() {
        return puts;
    }

    private Map<String, SavedObject> of(Group group) {
        return group == Group.APP ? apps : services;
    }
}
