package dev.patrol.ports.config;

import dev.patrol.ports.Copies;

/** The `http` or `udp` object of the config: one listen address plus opaque `x`. */
public record ListenerConfig(String listen, Object x) {
    public ListenerConfig {
        listen = Copies.text(listen);
    }

    public static ListenerConfig of(String listen) {
        return new ListenerConfig(listen, null);
    }
}
