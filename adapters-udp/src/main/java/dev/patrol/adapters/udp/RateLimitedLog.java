package dev.patrol.adapters.udp;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * Warns at most once per interval and counts what it held back, so a flood of bad packets
 * or send errors cannot flood the daemon's log.
 */
final class RateLimitedLog {
    private final Consumer<String> sink;
    private final LongSupplier nanoTime;
    private final long intervalNanos;
    private final AtomicLong nextAllowed;
    private final AtomicLong suppressed = new AtomicLong();

    RateLimitedLog(Logger log, long interval, TimeUnit unit) {
        this(log::warn, interval, unit, System::nanoTime);
    }

    /** Writes to `sink`, reading the time from `nanoTime` (for tests). */
    RateLimitedLog(Consumer<String> sink, long interval, TimeUnit unit, LongSupplier nanoTime) {
        this.sink = sink;
        this.nanoTime = nanoTime;
        this.intervalNanos = unit.toNanos(interval);
        this.nextAllowed = new AtomicLong(nanoTime.getAsLong());
    }

    void warn(String message) {
        long now = nanoTime.getAsLong();
        long next = nextAllowed.get();
        if (now - next < 0 || !nextAllowed.compareAndSet(next, now + intervalNanos)) {
            suppressed.incrementAndGet();
            return;
        }
        long held = suppressed.getAndSet(0);
        sink.accept(held > 0 ? message + " (" + held + " more like it suppressed)" : message);
    }
}
