package dev.patrol.ports.state;

import dev.patrol.ports.Copies;
import dev.patrol.ports.api.HistoryRecord;
import java.util.List;
import java.util.Map;

/** What survives a daemon restart: per object flags, key/value, history and live instance. */
public record SavedState(Map<String, SavedObject> apps, Map<String, SavedObject> services) {
    public SavedState {
        apps = Copies.map(apps);
        services = Copies.map(services);
    }

    /** One app or service. `pid`/`startTime` identify a live instance for re-adoption. */
    public record SavedObject(
            boolean disabled,
            boolean runOnce,
            Map<String, Object> keyValue,
            List<HistoryRecord> history,
            long pid,
            long startTime,
            String instanceId,
            java.time.Instant started) {
        public SavedObject {
            keyValue = Copies.map(keyValue);
            history = Copies.list(history);
        }
    }
}
