package dev.patrol.domain.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wrong secrets are limited per source (issue 12, finding 8): a token bucket of {@link #BURST}
 * wrong secrets, refilled at one per {@link #REFILL_NANOS}, on the engine's monotonic clock.
 * Once a source's bucket is empty its secrets are not compared at all until it refills, so
 * guessing costs one second a try; a source that sends no wrong secrets is never affected, and
 * a right secret never takes a token. The engine never waits: a throttled request is refused.
 * Kept as a GCRA: one "theoretical arrival time" per source, no timers.
 */
final class SecretThrottle {
    static final int BURST = 10;
    static final long REFILL_NANOS = 1_000_000_000L;
    /** Sources remembered at most; the least recently seen is forgotten first. */
    static final int MAX_SOURCES = 4096;

    private final Map<String, Long> due = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_SOURCES;
        }
    };

    /** The outcome of checking a given secret against a protected object's. */
    enum Verdict { MATCH, WRONG, THROTTLED }

    /**
     * Compares `given` with `expected` unless `source` is throttled; a wrong secret takes a
     * token. Both secrets are non-empty (an empty one is a read-only request, never counted).
     */
    Verdict check(String expected, String given, String source, long now) {
        if (!allows(source, now)) {
            return Verdict.THROTTLED;
        }
        if (Secrets.matches(expected, given)) {
            return Verdict.MATCH;
        }
        failed(source, now);
        return Verdict.WRONG;
    }

    /** Whether a secret from `source` may be compared now; a null or empty source (in-process) always may. */
    boolean allows(String source, long now) {
        if (source == null || source.isEmpty()) {
            return true;
        }
        Long tat = due.get(source);
        if (tat == null) {
            return true;
        }
        if (tat - now <= 0) {
            due.remove(source); // refilled: the same as never seen
            return true;
        }
        return tat - now <= (BURST - 1) * REFILL_NANOS;
    }

    /** Takes one token from `source` for a wrong secret. */
    void failed(String source, long now) {
        if (source == null || source.isEmpty()) {
            return;
        }
        Long tat = due.get(source);
        long from = tat == null || tat - now < 0 ? now : tat;
        due.put(source, from + REFILL_NANOS);
    }
}
