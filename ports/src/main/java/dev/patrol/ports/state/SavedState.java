package dev.patrol.ports.state;

import dev.patrol.ports.Copies;
import java.util.Map;

/** What survives a daemon restart (product.md A3): every saved app and service by ID. */
public record SavedState(Map<String, SavedObject> apps, Map<String, SavedObject> services) {
    public static final SavedState EMPTY = new SavedState(Map.of(), Map.of());

    public SavedState {
        apps = Copies.map(apps);
        services = Copies.map(services);
    }
}
