package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small pure helpers: durations, `last=`, form parsing, JSON text, the return page of a toggle. */
class SmallPartsTest {
    @Test
    void givenDurations_duration_formatsLikeGoRoundedToSeconds() {
        assertEquals("0s", Times.duration(Duration.ZERO));
        assertEquals("0s", Times.duration(Duration.ofSeconds(-5)));
        assertEquals("59s", Times.duration(Duration.ofMillis(59_999)));
        assertEquals("3m12s", Times.duration(Duration.ofSeconds(192)));
        assertEquals("26h3m0s", Times.duration(Duration.ofHours(26).plusMinutes(3)));
    }

    @Test
    void givenLastValues_parseLast_acceptsZeroToTenThousandOnly() {
        assertEquals(0, LogSender.parseLast("0"));
        assertEquals(10_000, LogSender.parseLast("10000"));
        assertEquals(-2, LogSender.parseLast("10001"));
        assertEquals(-2, LogSender.parseLast("999999999"));
        assertEquals(-1, LogSender.parseLast("1234567890"));
        assertEquals(-1, LogSender.parseLast(""));
        assertEquals(-1, LogSender.parseLast("-1"));
        assertEquals(-1, LogSender.parseLast("1e3"));
        assertEquals(-1, LogSender.parseLast(" 5"));
    }

    @Test
    void givenFormText_parse_decodesAndKeepsTheFirstValue() {
        assertEquals(Map.of("a", "1 2", "b", "x&y", "c", ""), Form.parse("a=1+2&b=x%26y&a=3&c&&"));
        assertNull(Form.parse("a=%zz"));
    }

    @Test
    void givenValues_value_rendersCompactHtmlSafeJson() {
        assertEquals("{\"a\":1,\"b\":[true,null,1.5],\"c\":\"\\u003cx\\u003e \\\"q\\\"\"}",
                MiniJson.value(Map.of("c", "<x> \"q\"", "a", 1.0, "b", java.util.Arrays.asList(true, null, 1.5))));
        assertEquals("[\"l1\",\"tab\\there\"]", MiniJson.strings(List.of("l1", "tab\there")));
    }

    @Test
    void givenBackValues_safeBack_allowsOnlyObjectPages() {
        assertEquals("/app/web", PageRoutes.safeBack("/app/web"));
        assertEquals("/service/ssh", PageRoutes.safeBack("/service/ssh"));
        assertEquals("/", PageRoutes.safeBack("//evil.example/app/web"));
        assertEquals("/", PageRoutes.safeBack("https://evil.example/"));
        assertEquals("/", PageRoutes.safeBack("/app/web/../../x"));
        assertEquals("/", PageRoutes.safeBack(""));
        assertEquals("/", PageRoutes.safeBack(null));
    }

    @Test
    void givenByteCounts_bytes_usesBinaryUnits() {
        assertEquals("512 B", LogListing.bytes(512));
        assertEquals("1.5 KiB", LogListing.bytes(1536));
        assertEquals("12.0 MiB", LogListing.bytes(12L * 1024 * 1024));
    }
}
