package dev.patrol.codec.json;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.HistoryRecord;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The wire form of API responses, `/status/` and history (spec §6.4–§6.8): Go's key order,
 * omit-empty, sorted maps, HTML-safe escaping and timestamps in the configured layout.
 * Encoders return UTF-8 bytes; decoders read them back with Go's Unmarshal rules.
 */
public final class ApiJson {
    private final ResponseEncoder encoder;
    private final ResponseDecoder decoder;
    private final HistoryDecoder historyDecoder;

    /** Timestamps are written in `zone` (Patrol's local zone) with `layout`. */
    public ApiJson(GoTimeLayout layout, ZoneId zone) {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(zone, "zone");
        this.encoder = new ResponseEncoder(layout, zone);
        TimestampDecoder times = new TimestampDecoder(layout, zone);
        this.decoder = new ResponseDecoder(times);
        this.historyDecoder = new HistoryDecoder(times);
    }

    public byte[] encode(ApiResponse response, JsonStyle style) {
        GoJsonWriter w = new GoJsonWriter(style);
        encoder.response(w, response);
        return w.bytes();
    }

    public byte[] encode(ApiStatus status, JsonStyle style) {
        GoJsonWriter w = new GoJsonWriter(style);
        encoder.status(w, status);
        return w.bytes();
    }

    /** A JSON array of History objects, oldest first as given. */
    public byte[] encodeHistory(List<HistoryRecord> history, JsonStyle style) {
        GoJsonWriter w = new GoJsonWriter(style);
        encoder.history(w, history);
        return w.bytes();
    }

    /**
     * @throws JsonDecodeException for invalid JSON, trailing data or mismatched values
     */
    public ApiResponse decodeResponse(byte[] json) {
        Object root = JsonTree.readOnly(json);
        if (root == null) {
            return decoder.response(new JsonObject(), GoField.root());
        }
        return decoder.response(root, GoField.root());
    }

    /**
     * @throws JsonDecodeException for invalid JSON, trailing data or mismatched values
     */
    public ApiStatus decodeStatus(byte[] json) {
        return decoder.status(JsonTree.readOnly(json));
    }

    /**
     * @throws JsonDecodeException for invalid JSON, trailing data or mismatched values
     */
    public List<HistoryRecord> decodeHistory(byte[] json) {
        return historyDecoder.list(JsonTree.readOnly(json), GoField.root());
    }
}
