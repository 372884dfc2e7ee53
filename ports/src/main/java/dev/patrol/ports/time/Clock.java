package dev.patrol.ports.time;

import java.time.Instant;

/** Time as the domain sees it: monotonic nanoseconds for deadlines, wall time for display. */
public interface Clock {
    /** Monotonic time; only differences are meaningful. */
    long nanoTime();

    /** Wall-clock time, for timestamps shown to people and clients. */
    Instant now();
}
