package dev.patrol.bootstrap.config;

import dev.patrol.ports.config.Config;
import dev.patrol.ports.config.ListenerConfig;
import java.util.List;

/**
 * The daemon's listener defaults (spec §1.2): HTTP `127.0.0.1:8421`, UDP `127.0.0.1:1248`,
 * and `listen-http`/`listen-udp` defaulting to those addresses. Unlike the original, a
 * configured `json-timestamp` is kept; only an empty one becomes RFC1123Z.
 */
public final class ListenerFillIn {
    public static final String HTTP_DEFAULT = "127.0.0.1:8421";
    public static final String UDP_DEFAULT = "127.0.0.1:1248";
    public static final String RFC1123Z = "Mon, 02 Jan 2006 15:04:05 -0700";

    private ListenerFillIn() {
    }

    public static Config apply(Config c) {
        ListenerConfig http = c.http() == null || c.http().listen().isEmpty()
                ? new ListenerConfig(HTTP_DEFAULT, c.http() == null ? null : c.http().x()) : c.http();
        ListenerConfig udp = c.udp() == null || c.udp().listen().isEmpty()
                ? new ListenerConfig(UDP_DEFAULT, c.udp() == null ? null : c.udp().x()) : c.udp();
        return c.toBuilder()
                .http(http)
                .udp(udp)
                .listenHttp(c.listenHttp().isEmpty() ? List.of(http.listen()) : c.listenHttp())
                .listenUdp(c.listenUdp().isEmpty() ? List.of(udp.listen()) : c.listenUdp())
                .jsonTimestamp(c.jsonTimestamp().isEmpty() ? RFC1123Z : c.jsonTimestamp())
                .build();
    }
}
