package dev.patrol.ports.service;

import java.time.Duration;
import java.util.Objects;

/**
 * One service command to run: `service NAME VERB` ({@link Management#SERVICE}) or
 * `INITD/NAME VERB` ({@link Management#INITD}), bounded by `timeout`. Valid by construction:
 * a safe name, a verb, a positive timeout.
 */
public record ServiceCommand(
        String serviceId,
        ServiceOperation operation,
        Management management,
        ServiceName service,
        String verb,
        Duration timeout) {

    public ServiceCommand {
        Objects.requireNonNull(serviceId, "'serviceId' must not be null");
        Objects.requireNonNull(operation, "'operation' must not be null");
        Objects.requireNonNull(management, "'management' must not be null");
        Objects.requireNonNull(service, "'service' must not be null");
        if (verb == null || verb.isEmpty()) {
            throw new IllegalArgumentException("'verb' must not be empty");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("'timeout' must be positive, not " + timeout);
        }
    }
}
