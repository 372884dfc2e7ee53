package dev.patrol.gocompat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go's cleanPath, path escaping, ParseQuery and ParseUint as the adapter reimplements them. */
class GoUrlRulesTest {

    @ParameterizedTest
    @CsvSource({
        "/api/, /api/", "/api, /api", "'', /", "api/, /api/", "//api//, /api/", "/a/b/../c, /a/c",
        "/../api/, /api/", "/api/., /api", "/api/./, /api/", "/., /", "/a/.., /", "/a/../, /",
    })
    void givenAPath_clean_matchesGoCleanPath(String in, String out) {
        assertEquals(out, GoPaths.clean(in));
    }

    @Test
    void givenEscapes_unescapeAndEscape_roundTripLikeGo() {
        assertEquals("/a b/ü", GoPaths.unescape("/a%20b/%C3%BC"));
        assertNull(GoPaths.unescape("/bad%zz"));
        assertNull(GoPaths.unescape("/cut%4"));
        assertEquals("/a%20b/%C3%BC%3F$&+,;=:@-_.~!", GoPaths.escape("/a b/ü?$&+,;=:@-_.~!").replace("%21", "!"));
        assertEquals("%21", GoPaths.escape("!"));
    }

    @Test
    void givenARawQuery_parse_keepsFirstValuesAndSkipsBadPairs() {
        GoQuery q = GoQuery.parse("id=a+b&id=second&group=%41PP&bad=%zz&semi=1;x=2&&history&secret=s%2Bt");
        assertEquals("a b", q.get("id"));
        assertEquals("APP", q.get("group"));
        assertEquals("", q.get("bad"));
        assertFalse(q.has("bad"));
        assertFalse(q.has("semi"));
        assertTrue(q.has("history"));
        assertEquals("", q.get("history"));
        assertEquals("s+t", q.get("secret"));
        assertFalse(GoQuery.parse(null).has("id"));
        assertTrue(q.malformed(), "Go's ParseQuery reports the bad escape and the semicolon");
    }

    @Test
    void givenAWellFormedQuery_parse_isNotMalformed() {
        assertFalse(GoQuery.parse("a=1&b=%20&&c").malformed());
        assertTrue(GoQuery.parse("a=1;b=2").malformed());
        assertTrue(GoQuery.parse("a=%zz").malformed());
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0", "7, 7", "257, 257", "'', 0", "abc, 0", "-1, 0", "+1, 0", "1.0, 0", "' 1', 0",
        "18446744073709551615, -1", "18446744073709551616, -1", "99999999999999999999999, -1",
    })
    void givenText_parseUint64_behavesLikeGoParseUintWithErrorIgnored(String in, long bits) {
        assertEquals(bits, GoStrconv.parseUint64(in));
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1:8421, 127.0.0.1, 8421", ":0, , 0", "[::1]:80, ::1, 80", "localhost:65535, localhost, 65535",
    })
    void givenAListenAddress_parse_splitsHostAndPort(String text, String host, int port) {
        GoListenAddress a = GoListenAddress.parse("http", text);
        assertEquals(host, a.host());
        assertEquals(port, a.port());
    }
}
