package dev.patrol.domain.state;

import java.util.LinkedHashMap;
import java.util.Map;

/** Key/value changes (spec §5.4): a shallow merge keeps nulls as values; replace swaps all. */
public final class KeyValues {
    private KeyValues() {
    }

    public static Map<String, Object> merge(Map<String, Object> current, Map<String, Object> changes) {
        Map<String, Object> out = new LinkedHashMap<>(current);
        out.putAll(changes);
        return out;
    }
}
