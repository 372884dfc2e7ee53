package dev.patrol.ports.state;

import dev.patrol.ports.Copies;
import dev.patrol.ports.api.HistoryRecord;
import java.util.List;
import java.util.Map;

/**
 * One app or service as saved: its flags, CAS, key/value and history, and the instance that was
 * live when it was saved (null if none), for re-adoption.
 */
public record SavedObject(
        boolean disabled,
        boolean runOnce,
        boolean restart,
        long cas,
        Map<String, Object> keyValue,
        List<HistoryRecord> history,
        LiveInstance instance) {

    public SavedObject {
        keyValue = Copies.map(keyValue);
        history = Copies.list(history);
    }
}
