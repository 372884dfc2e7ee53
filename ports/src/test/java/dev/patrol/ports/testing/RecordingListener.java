package dev.patrol.ports.testing;

import dev.patrol.ports.hooks.Listener;
import dev.patrol.ports.hooks.TriggerEvent;
import java.util.ArrayList;
import java.util.List;

/** Keeps every trigger it receives, in order. */
public final class RecordingListener implements Listener {
    private final List<TriggerEvent> events = new ArrayList<>();

    @Override
    public synchronized void on(TriggerEvent event) {
        events.add(event);
    }

    public synchronized List<TriggerEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<TriggerEvent.Kind> kinds() {
        return events.stream().map(TriggerEvent::kind).toList();
    }
}
