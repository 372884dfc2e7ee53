package dev.patrol.adapters.udp;

import dev.patrol.ports.api.ApiRequest;
import java.util.Arrays;

/**
 * Decoded requests by their exact bytes. A pinger sends the same datagram every time, and
 * decoding is a pure function of the bytes, so a repeat skips the JSON parser. Direct-mapped
 * by hash, newest wins; used by the receiver thread only. Only requests without key/value
 * are kept: every other field is a string or a number, so a shared instance cannot change.
 */
final class RequestCache {
    /** Longer datagrams are decoded every time; a ping with a PID and a secret is far shorter. */
    static final int MAX_CACHED_BYTES = 512;

    private final Entry[] slots;

    private record Entry(byte[] bytes, int hash, ApiRequest request) {
    }

    /** `size` slots, a power of two. */
    RequestCache(int size) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("'size' must be a power of two, got " + size);
        }
        slots = new Entry[size];
    }

    /** The request decoded earlier from exactly `bytes[0, length)`, or null. */
    ApiRequest get(byte[] bytes, int length) {
        if (length > MAX_CACHED_BYTES) {
            return null;
        }
        int hash = hash(bytes, length);
        Entry e = slots[hash & (slots.length - 1)];
        return e != null && e.hash == hash && Arrays.equals(e.bytes, 0, e.bytes.length, bytes, 0, length)
                ? e.request : null;
    }

    /** Remembers `request` as the decoding of `bytes` (the array is kept, not copied). */
    void put(byte[] bytes, ApiRequest request) {
        if (bytes.length > MAX_CACHED_BYTES || !request.keyValue().isEmpty()) {
            return;
        }
        int hash = hash(bytes, bytes.length);
        slots[hash & (slots.length - 1)] = new Entry(bytes, hash, request);
    }

    private static int hash(byte[] bytes, int length) {
        int h = length;
        for (int i = 0; i < length; i++) {
            h = 31 * h + bytes[i];
        }
        return h ^ (h >>> 16);
    }
}
