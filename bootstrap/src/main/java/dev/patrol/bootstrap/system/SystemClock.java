package dev.patrol.bootstrap.system;

import dev.patrol.ports.time.Clock;
import java.time.Instant;

/** The real clock: System.nanoTime for deadlines, the wall clock for display. */
public final class SystemClock implements Clock {
    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Instant now() {
        return Instant.now();
    }
}
