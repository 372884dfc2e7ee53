package dev.patrol.ports.config;

import java.util.Map;

/** What apps and services have in common in the config (spec §1.3, §1.4). */
public interface ObjectConfig {
    String name();

    boolean disabled();

    Map<String, Object> keyValue();

    boolean keyValueClear();

    String secret();
}
