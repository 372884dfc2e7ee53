package dev.patrol.adapters.http;

import dev.patrol.codec.json.ApiRequestJson;
import dev.patrol.codec.json.JsonDecodeException;
import dev.patrol.gocompat.GoQuery;
import dev.patrol.gocompat.GoStrconv;
import dev.patrol.ports.api.ApiRequest;
import java.util.Set;

/**
 * Reads the API request of a GET query or a POST body (spec §6.9, product.md F11–F14). A
 * rejection carries the status and the single error message to answer with. The body itself
 * is collected by {@link BodyReader}, which applies the size limits below.
 */
final class ApiRequestReader {
    /** Largest POST body accepted (F14); one byte more is a 413. */
    static final int MAX_BODY = 64 * 1024;
    /**
     * How much of a refused body is read and thrown away so the client can read the 413:
     * closing with unread input makes the kernel send a reset that can destroy the answer.
     * Go's server drains the same 256 KiB; bigger bodies get the 413 and a closed connection.
     */
    static final int DRAIN_LIMIT = 256 * 1024;
    /** Header carrying the secret, so it need not travel in a URL (F11). */
    static final String SECRET_HEADER = "X-Patrol-Secret";
    /** `history` values meaning yes: Go's strconv.ParseBool true set, plus a bare `history`. */
    private static final Set<String> YES = Set.of("", "1", "t", "T", "true", "TRUE", "True");

    /** Either a request, or the status and error message to answer instead. */
    record Parsed(ApiRequest request, int status, String error) {
        static Parsed ok(ApiRequest r) {
            return new Parsed(r, 0, null);
        }

        static Parsed rejected(int status, String error) {
            return new Parsed(null, status, error);
        }
    }

    private ApiRequestReader() {
    }

    /**
     * GET: `id`, `group`, `secret`, `toggle` and `cas` as Go's ParseUint reads them (bad
     * syntax gives 0; too big saturates, so toggle=99999999999999999999 is still refused),
     * and `history` (F13). No ping, pid or key/value by GET.
     */
    static Parsed fromQuery(String rawQuery, String headerSecret) {
        GoQuery q = GoQuery.parse(rawQuery);
        long toggle = GoStrconv.parseUint64(q.get("toggle"));
        ApiRequest r = ApiRequest.builder()
                .id(q.get("id"))
                .group(q.get("group"))
                // ApiRequest.toggle is signed: a uint64 past Long.MAX_VALUE stays out of range.
                .toggle(toggle < 0 ? Long.MAX_VALUE : toggle)
                .history(q.has("history") && YES.contains(q.get("history")))
                .secret(q.get("secret"))
                .cas(GoStrconv.parseUint64(q.get("cas")))
                .build();
        return Parsed.ok(withHeaderSecret(r, headerSecret));
    }

    /** POST: a body of at most {@link #MAX_BODY} bytes, already read; Content-Type is not checked (as in Go). */
    static Parsed fromJson(byte[] body, String headerSecret) {
        try {
            return Parsed.ok(withHeaderSecret(ApiRequestJson.decode(body), headerSecret));
        } catch (JsonDecodeException e) {
            return Parsed.rejected(400, "Invalid Request");
        }
    }

    /** The header secret counts only when the request itself carries none. */
    private static ApiRequest withHeaderSecret(ApiRequest r, String headerSecret) {
        if (!r.secret().isEmpty() || headerSecret == null || headerSecret.isEmpty()) {
            return r;
        }
        return new ApiRequest(r.id(), r.group(), r.ping(), r.pid(), r.toggle(), r.history(), r.keyValue(),
                r.keyValueReplace(), headerSecret, r.cas());
    }
}
