package dev.patrol.ports.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The API's error vocabulary (issue #13): the original's texts byte for byte, one kind each. */
class ApiErrorTest {
    @Test
    void givenTheOriginalsErrors_text_isByteForByteTheOriginals() {
        assertEquals("Unknown App", ApiError.UNKNOWN_APP.text());
        assertEquals("Secret Invalid", ApiError.SECRET_INVALID.text());
        assertEquals("Services don't support Ping", ApiError.SERVICES_NO_PING.text());
        assertEquals("PID Requires Ping", ApiError.PID_REQUIRES_PING.text());
    }

    @Test
    void givenAnErrorResponse_apiError_isItsKindAndTextRoundTrips() {
        for (ApiError e : ApiError.values()) {
            ApiResponse r = ApiResponse.error(e);
            assertEquals(List.of(e.text()), r.errors());
            assertEquals(Optional.of(e), r.apiError());
        }
        assertEquals(ApiError.Kind.NOT_FOUND, ApiError.UNKNOWN_SERVICE.kind());
        assertEquals(ApiError.Kind.THROTTLED, ApiError.SECRET_THROTTLED.kind());
        assertEquals(Optional.empty(), ApiResponse.error("Engine Busy").apiError());
    }
}
