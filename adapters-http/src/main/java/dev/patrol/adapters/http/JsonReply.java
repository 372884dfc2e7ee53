package dev.patrol.adapters.http;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.JsonStyle;
import dev.patrol.ports.api.ApiResponse;
import io.javalin.http.Context;

/** One JSON answer: the codec's pretty bytes, sent unchanged with Go's content type. */
record JsonReply(int status, byte[] body) {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    /** 200 without errors, 400 with (spec §6.9: every API error is a 400). */
    static JsonReply of(ApiJson json, ApiResponse response) {
        return new JsonReply(response.hasErrors() ? 400 : 200, json.encode(response, JsonStyle.PRETTY));
    }

    /** `{"errors":[message]}`, pretty-printed like every other answer. */
    static JsonReply error(ApiJson json, int status, String message) {
        return new JsonReply(status, json.encode(ApiResponse.error(message), JsonStyle.PRETTY));
    }

    void send(Context ctx) {
        ctx.status(status).contentType(CONTENT_TYPE).result(body);
    }
}
