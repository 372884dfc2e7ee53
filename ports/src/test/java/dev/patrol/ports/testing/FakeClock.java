package dev.patrol.ports.testing;

import dev.patrol.ports.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A clock that moves only when a test advances it; wall and monotonic time move together. */
public final class FakeClock implements Clock {
    private long nanos = 1_000_000_000L;
    private Instant wall;

    public FakeClock() {
        this(Instant.parse("2026-11-24T23:42:14Z"));
    }

    public FakeClock(Instant start) {
        this.wall = start;
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized Instant now() {
        return wall;
    }

    public synchronized void advance(Duration d) {
        nanos += d.toNanos();
        wall = wall.plus(d);
    }

    /** Steps the wall clock alone (NTP, `date -s`, a VM resume): monotonic time does not move. */
    public synchronized void stepWall(Duration d) {
        wall = wall.plus(d);
    }

    public void advanceMillis(long ms) {
        advance(Duration.ofMillis(ms));
    }

    public void advanceSeconds(long s) {
        advance(Duration.ofSeconds(s));
    }
}
