package dev.patrol.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Host matching of the browser boundary (issue 12). */
class AllowedHostsTest {
    private static final InetSocketAddress LOOPBACK = new InetSocketAddress("127.0.0.1", 8421);
    private static final InetSocketAddress LAN = new InetSocketAddress("192.0.2.7", 8421);

    @Test
    void givenHostTexts_parse_splitsNameAndPort() {
        assertEquals(new AllowedHosts.HostPort("example.org", 80), AllowedHosts.parse("Example.ORG.:80"));
        assertEquals(new AllowedHosts.HostPort("0:0:0:0:0:0:0:1", -1), AllowedHosts.parse("[::1]"));
        assertEquals(new AllowedHosts.HostPort("0:0:0:0:0:0:0:1", 9), AllowedHosts.parse("[::1]:9"));
        assertNull(AllowedHosts.parse("::1"));
        assertNull(AllowedHosts.parse("a:b"));
        assertNull(AllowedHosts.parse("a b"));
        assertNull(AllowedHosts.parse(""));
        assertNull(AllowedHosts.parse("[::1"));
        assertNull(AllowedHosts.parse("user@host"));
    }

    @Test
    void givenALoopbackListener_allows_loopbackNamesAndTheListOnly() {
        AllowedHosts h = new AllowedHosts("127.0.0.1", List.of("patrol.lan", "box:9000"), List.of());
        assertTrue(h.allows(null, LOOPBACK));
        assertTrue(h.allows("localhost:1234", LOOPBACK));
        assertTrue(h.allows("patrol.lan:8421", LOOPBACK));
        assertTrue(h.allows("box:9000", LOOPBACK));
        assertFalse(h.allows("box:9001", LOOPBACK));
        assertFalse(h.allows("attacker.example:8421", LOOPBACK));
        assertFalse(h.allows("127.0.0.1.attacker.example", LOOPBACK));
    }

    @Test
    void givenAWildcardListener_allows_theAddressTheConnectionCameToAndTheMachineNames() {
        AllowedHosts h = new AllowedHosts(null, List.of(), List.of("buildbox"));
        assertTrue(AllowedHosts.isWildcard(null));
        assertTrue(AllowedHosts.isWildcard("0.0.0.0"));
        assertTrue(AllowedHosts.isWildcard("::"));
        assertTrue(h.allows("192.0.2.7:8421", LAN));
        assertFalse(h.allows("192.0.2.8:8421", LAN));
        assertTrue(h.allows("BuildBox:8421", LAN));
        assertFalse(h.allows("attacker.example", LAN));
    }

    @Test
    void givenAStar_allows_anyHost() {
        assertTrue(new AllowedHosts("127.0.0.1", List.of("*"), List.of()).allows("attacker.example", LOOPBACK));
    }

    @Test
    void givenAMalformedEntry_constructor_namesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AllowedHosts("127.0.0.1", List.of("http://x/"), List.of()));
        assertTrue(e.getMessage().contains("http://x/"), e.getMessage());
    }
}
