package dev.patrol.ports.service;

import java.time.Duration;

/** The four service operations with their timeouts (spec §4.1). */
public enum ServiceOperation {
    START("start", Duration.ofMinutes(3)),
    STATUS("status", Duration.ofSeconds(30)),
    STOP("stop", Duration.ofMinutes(3)),
    RESTART("restart", Duration.ofMinutes(3));

    private final String defaultVerb;
    private final Duration timeout;

    ServiceOperation(String defaultVerb, Duration timeout) {
        this.defaultVerb = defaultVerb;
        this.timeout = timeout;
    }

    public String defaultVerb() {
        return defaultVerb;
    }

    public Duration timeout() {
        return timeout;
    }
}
