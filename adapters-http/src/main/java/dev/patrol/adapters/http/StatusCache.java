package dev.patrol.adapters.http;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.JsonStyle;
import dev.patrol.ports.api.ApiStatus;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The `/status/` body of the last status seen. The encoding is a pure function of the
 * status, a record compared by value, so while nothing changes (the usual case between two
 * polls) the answer costs a comparison instead of encoding every app again.
 */
final class StatusCache {
    private record Entry(ApiStatus status, byte[] body) {
    }

    private final ApiJson json;
    private final AtomicReference<Entry> last = new AtomicReference<>();

    StatusCache(ApiJson json) {
        this.json = json;
    }

    /** The pretty JSON of `status`; the returned array is shared and must not be changed. */
    byte[] encode(ApiStatus status) {
        Entry e = last.get();
        if (e != null && e.status().equals(status)) {
            return e.body();
        }
        byte[] body = json.encode(status, JsonStyle.PRETTY);
        last.set(new Entry(status, body));
        return body;
    }
}
