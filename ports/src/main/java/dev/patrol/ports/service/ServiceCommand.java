package dev.patrol.ports.service;

import java.time.Duration;

/**
 * One service command to run: `service NAME VERB` (management 1) or
 * `INITD/NAME VERB` (management 2), bounded by `timeout`.
 */
public record ServiceCommand(
        String serviceId,
        ServiceOperation operation,
        int management,
        String service,
        String verb,
        Duration timeout) {
}
