package dev.patrol.codec.json;

import java.util.ArrayList;
import java.util.List;

/** A parsed JSON object that keeps every member in input order, duplicates included. */
final class JsonObject {
    private final List<String> names = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    void add(String name, Object value) {
        names.add(name);
        values.add(value);
    }

    int size() {
        return names.size();
    }

    String name(int i) {
        return names.get(i);
    }

    /** The value: null, Boolean, String, {@link JsonNumber}, List or JsonObject. */
    Object value(int i) {
        return values.get(i);
    }
}
