package dev.patrol.codec.json;

import static dev.patrol.codec.json.ResponseFixtures.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.LaunchError;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Issue #12, finding 9: `launch-error` comes after every original key and only when set. */
class LaunchErrorJsonTest {
    private static final ApiJson JSON = new ApiJson(GoTimeLayout.rfc3339(), ZoneId.of("UTC"));
    private static final LaunchError ERROR = new LaunchError("unable to open log file /srv/logs: not a directory",
            Instant.parse("2026-12-03T13:04:05Z"));

    @Test
    void issue12_aLaunchError_encode_comesLastAsAnObject() {
        ApiResponse r = response().id("web").name("W").cas(7).casInvalid(true).launchError(ERROR).build();

        assertEquals("{\"id\":\"web\",\"name\":\"W\",\"cas\":7,\"cas-invalid\":true,\"launch-error\":"
                + "{\"error\":\"unable to open log file /srv/logs: not a directory\",\"time\":\"2026-12-03T13:04:05Z\"}}",
                new String(JSON.encode(r, JsonStyle.COMPACT), StandardCharsets.UTF_8));
    }

    @Test
    void issue12_noLaunchError_encode_writesNoKey() {
        ApiResponse r = response().id("web").cas(7).build();

        assertEquals("{\"id\":\"web\",\"cas\":7}", new String(JSON.encode(r, JsonStyle.COMPACT), StandardCharsets.UTF_8));
    }

    @Test
    void issue12_aLaunchError_encodeThenDecode_givesItBack() {
        ApiResponse r = response().id("web").launchError(ERROR).build();

        assertEquals(ERROR, JSON.decodeResponse(JSON.encode(r, JsonStyle.PRETTY)).launchError());
        assertNull(JSON.decodeResponse("{\"id\":\"web\",\"launch-error\":{}}".getBytes(StandardCharsets.UTF_8)).launchError());
    }
}
