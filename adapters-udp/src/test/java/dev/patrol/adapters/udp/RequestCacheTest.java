package dev.patrol.adapters.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patrol.ports.api.ApiRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decoded requests found again by their exact bytes, and only those. */
class RequestCacheTest {
    private static final ApiRequest PING = ApiRequest.builder().group("app").id("u").ping(true).build();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void givenACachedPayload_theSameBytesInALargerBuffer_findTheSameRequest() {
        RequestCache cache = new RequestCache(16);
        byte[] payload = utf8("{\"group\":\"app\",\"id\":\"u\",\"ping\":true}");
        cache.put(payload, PING);

        byte[] buffer = Arrays.copyOf(payload, 2048);
        buffer[payload.length] = 'x'; // bytes past the length do not count

        assertSame(PING, cache.get(buffer, payload.length));
    }

    @Test
    void givenOneSlot_otherBytesInTheSameSlot_miss() {
        RequestCache cache = new RequestCache(1);
        byte[] first = utf8("{\"id\":\"a\"}");
        cache.put(first, PING);

        assertNull(cache.get(utf8("{\"id\":\"b\"}"), first.length), "same length, other bytes");
        assertNull(cache.get(first, first.length - 1), "a prefix");
        ApiRequest other = ApiRequest.builder().id("b").build();
        cache.put(utf8("{\"id\":\"b\"}"), other);
        assertSame(other, cache.get(utf8("{\"id\":\"b\"}"), first.length));
        assertNull(cache.get(first, first.length), "the newest wins the slot");
    }

    @Test
    void givenARequestWithKeyValue_put_keepsNothing() {
        RequestCache cache = new RequestCache(16);
        byte[] payload = utf8("{\"id\":\"u\",\"keyvalue\":{\"k\":[1]}}");

        cache.put(payload, ApiRequest.builder().id("u").keyValue(Map.of("k", 1)).build());

        assertNull(cache.get(payload, payload.length), "nested values could be shared mutable state");
    }

    @Test
    void givenAPayloadOverTheCachedLimit_put_keepsNothing() {
        RequestCache cache = new RequestCache(16);
        byte[] payload = new byte[RequestCache.MAX_CACHED_BYTES + 1];

        cache.put(payload, PING);

        assertNull(cache.get(payload, payload.length));
    }

    @Test
    void givenASizeNotAPowerOfTwo_constructor_failsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RequestCache(100));
        assertEquals("'size' must be a power of two, got 100", e.getMessage());
    }
}
