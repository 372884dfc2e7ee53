package dev.patrol.bench;

import dev.patrol.ports.time.Clock;
import java.time.Instant;

/** The real clock: System.nanoTime for deadlines, Instant.now for display. */
final class SystemClock implements Clock {
    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Instant now() {
        return Instant.now();
    }
}
