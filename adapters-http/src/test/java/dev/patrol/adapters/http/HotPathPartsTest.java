package dev.patrol.adapters.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.GoTimeLayout;
import dev.patrol.codec.json.JsonStyle;
import dev.patrol.gocompat.GoPaths;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shortcuts of the hot path give what the long way gives. */
class HotPathPartsTest {
    private final ApiJson json = new ApiJson(GoTimeLayout.rfc1123z(), ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/", "/api", "/status/x/y", "/a.b/c..d/.e/", "/api/;a=b", "/x/y/z/"})
    void givenAPlainCleanPath_isPlainClean_agreesWithClean(String path) {
        assertTrue(GoPaths.isPlainClean(path));
        assertEquals(path, GoPaths.clean(GoPaths.unescape(path)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "api/", "//api/", "/api//", "/api/.", "/api/./", "/api/..", "/a/../b/", "/.", "/..",
        "/api/%2e/", "/%61pi/"})
    void givenAnythingElse_isPlainClean_sendsItTheLongWay(String path) {
        assertFalse(GoPaths.isPlainClean(path));
    }

    @Test
    void givenTheSameStatusTwice_cache_answersTheCodecBytes() {
        StatusCache cache = new StatusCache(json);
        ApiStatus first = status(7);
        byte[] encoded = json.encode(first, JsonStyle.PRETTY);
        assertArrayEquals(encoded, cache.encode(first));
        assertArrayEquals(encoded, cache.encode(status(7)), "an equal status, another object");
        byte[] changed = cache.encode(status(8));
        assertArrayEquals(json.encode(status(8), JsonStyle.PRETTY), changed);
        assertNotEquals(new String(encoded), new String(changed));
    }

    private static ApiStatus status(long cas) {
        ApiResponse app = new ApiResponse(null, "i-1", null, "Web", 42, Instant.parse("2026-01-02T03:04:05Z"),
                null, false, false, false, false, null, Map.of("k", "v"), true, null, cas, false);
        return new ApiStatus("p-1", Map.of("web", app), Map.of(), Instant.parse("2026-01-01T00:00:00Z"), false);
    }
}
