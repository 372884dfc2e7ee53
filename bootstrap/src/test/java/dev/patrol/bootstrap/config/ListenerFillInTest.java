package dev.patrol.bootstrap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patrol.ports.config.Config;
import dev.patrol.ports.config.ListenerConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec §1.2 listener fill-in, with json-timestamp honoured (product.md §1). */
class ListenerFillInTest {
    @Test
    void givenNothingConfigured_apply_usesTheDaemonDefaults() {
        Config c = ListenerFillIn.apply(Config.builder().build());
        assertEquals("127.0.0.1:8421", c.http().listen());
        assertEquals("127.0.0.1:1248", c.udp().listen());
        assertEquals(List.of("127.0.0.1:8421"), c.listenHttp());
        assertEquals(List.of("127.0.0.1:1248"), c.listenUdp());
        assertEquals("Mon, 02 Jan 2006 15:04:05 -0700", c.jsonTimestamp());
    }

    @Test
    void givenListenersButNoAdvertisedAddresses_apply_advertisesTheListeners() {
        Config c = ListenerFillIn.apply(Config.builder().http(ListenerConfig.of("0.0.0.0:9000"))
                .udp(new ListenerConfig("", "x")).build());
        assertEquals(List.of("0.0.0.0:9000"), c.listenHttp());
        assertEquals("127.0.0.1:1248", c.udp().listen());
        assertEquals("x", c.udp().x(), "the opaque x survives");
    }

    @Test
    void givenEverythingConfigured_apply_keepsItIncludingTheTimestampLayout() {
        Config in = Config.builder().http(ListenerConfig.of("127.0.0.1:1")).udp(ListenerConfig.of("127.0.0.1:2"))
                .listenHttp(List.of("h")).listenUdp(List.of("u")).jsonTimestamp("2006-01-02").build();
        Config c = ListenerFillIn.apply(in);
        assertEquals(List.of("h"), c.listenHttp());
        assertEquals(List.of("u"), c.listenUdp());
        assertEquals("2006-01-02", c.jsonTimestamp());
    }
}
