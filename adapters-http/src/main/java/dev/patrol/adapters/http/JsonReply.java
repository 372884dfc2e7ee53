package dev.patrol.adapters.http;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.JsonStyle;
import dev.patrol.ports.api.ApiError;
import dev.patrol.ports.api.ApiResponse;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** One JSON answer: the codec's pretty bytes, sent unchanged with Go's content type. */
record JsonReply(int status, byte[] body) {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    // Pre-encoded: the same bytes on every answer, so Jetty copies them instead of encoding.
    private static final HttpField TYPE = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
    private static final HttpField RETRY_AFTER = new PreEncodedHttpField(HttpHeader.RETRY_AFTER, "1");
    private static final HttpField CLOSE = new PreEncodedHttpField(HttpHeader.CONNECTION, "close");

    /**
     * 200 without errors, 400 with (spec §6.9: every API error is a 400), except our
     * throttled secret: 429 (issue 12), which no old client gets unless it guesses.
     */
    static JsonReply of(ApiJson json, ApiResponse response) {
        int status = !response.hasErrors() ? 200
                : response.apiError().map(ApiError::kind).orElse(null) == ApiError.Kind.THROTTLED ? 429 : 400;
        return new JsonReply(status, json.encode(response, JsonStyle.PRETTY));
    }

    /** `{"errors":[message]}`, pretty-printed like every other answer. */
    static JsonReply error(ApiJson json, int status, String message) {
        return new JsonReply(status, json.encode(ApiResponse.error(message), JsonStyle.PRETTY));
    }

    /**
     * Writes the whole answer with an explicit length (HEAD gets the headers only). `close`
     * ends the connection after it, for a request body that was left unread.
     */
    void send(Response response, Callback callback, boolean close) {
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(TYPE);
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        if (status == 429) {
            headers.put(RETRY_AFTER);
        }
        if (close) {
            headers.put(CLOSE);
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
