package dev.patrol.ports.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Why the latest launch of an app failed, and when (issue #12, finding 9): the `launch-error`
 * key of an app object, present only while the latest launch failed.
 */
public record LaunchError(String error, Instant time) {
    public LaunchError {
        Objects.requireNonNull(error, "'error' must not be null");
    }
}
