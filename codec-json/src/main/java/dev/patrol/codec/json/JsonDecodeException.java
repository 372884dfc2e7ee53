package dev.patrol.codec.json;

/**
 * Input that is not valid JSON, or whose values do not fit the target types. Unchecked: the
 * caller maps it at its edge (HTTP 400 `Invalid Request`, UDP: no reply, config: load error).
 */
public class JsonDecodeException extends RuntimeException {
    public JsonDecodeException(String message) {
        super(message);
    }

    public JsonDecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
