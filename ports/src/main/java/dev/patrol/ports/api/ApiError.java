package dev.patrol.ports.api;

import java.util.Optional;

/**
 * Every error the API answers (spec §6.2–6.3, product.md F12, issue #12), with its wire text
 * (the original's, byte for byte, where it has one) and its kind. Adapters map kinds to their
 * statuses; none of them matches the text (issue #13).
 */
public enum ApiError {
    REQUEST_NIL("Request NIL", Kind.INVALID),
    SERVICES_NO_PING("Services don't support Ping", Kind.INVALID),
    TOGGLE_INVALID("Toggle Invalid", Kind.INVALID),
    UNKNOWN_APP("Unknown App", Kind.NOT_FOUND),
    UNKNOWN_SERVICE("Unknown Service", Kind.NOT_FOUND),
    UNKNOWN_GROUP("Unknown Group", Kind.INVALID),
    SECRET_INVALID("Secret Invalid", Kind.FORBIDDEN),
    PING_NOT_SUPPORTED("Ping Not Supported", Kind.INVALID),
    INVALID_PING_ENDPOINT("Invalid Ping Endpoint", Kind.INVALID),
    PID_NOT_SUPPORTED("PID Not Supported", Kind.INVALID),
    PID_REQUIRES_PING("PID Requires Ping", Kind.INVALID),
    /** A source sent too many wrong secrets: its secrets are not checked until its budget refills. */
    SECRET_THROTTLED("Too Many Wrong Secrets: try again later", Kind.THROTTLED);

    /** What went wrong, for a status: HTTP maps them to 400, 404, 403 and 429. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        FORBIDDEN,
        THROTTLED
    }

    private final String text;
    private final Kind kind;

    ApiError(String text, Kind kind) {
        this.text = text;
        this.kind = kind;
    }

    /** The wire text. */
    public String text() {
        return text;
    }

    public Kind kind() {
        return kind;
    }

    /** The error a response's first error text is (a decoded answer, a response built from text). */
    public static Optional<ApiError> of(String text) {
        for (ApiError e : values()) {
            if (e.text.equals(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
