package dev.patrol.gocompat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Go-style `host:port` listen addresses. */
class GoListenAddressTest {
    @Test
    void givenHostAndPort_parse_keepsBoth() {
        InetSocketAddress a = GoListenAddress.parse("udp", "127.0.0.1:1248").socketAddress();
        assertEquals("127.0.0.1", a.getAddress().getHostAddress());
        assertEquals(1248, a.getPort());
    }

    @Test
    void givenNoHost_parse_meansEveryInterface() {
        InetSocketAddress a = GoListenAddress.parse("udp", ":1248").socketAddress();
        assertTrue(a.getAddress().isAnyLocalAddress());
        assertEquals(1248, a.getPort());
    }

    @Test
    void givenABracketedIpv6Host_parse_stripsTheBrackets() {
        InetSocketAddress a = GoListenAddress.parse("udp", "[::1]:0").socketAddress();
        assertTrue(a.getAddress().isLoopbackAddress());
        assertEquals(0, a.getPort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:", "127.0.0.1:x", "127.0.0.1:65536", "127.0.0.1:-1",
            "::1:5", "[::1:5", "1.2.3.4:123456"})
    void givenAMalformedAddress_parse_failsNamingIt(String listen) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoListenAddress.parse("udp", listen));
        assertTrue(e.getMessage().contains("'" + listen + "'"), e.getMessage());
    }
}
