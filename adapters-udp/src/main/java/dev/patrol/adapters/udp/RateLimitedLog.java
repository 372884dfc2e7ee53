package dev.patrol.adapters.udp;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * Warns at most once per interval and counts what it held back, so a flood of bad packets
 * or send errors cannot flood the daemon's log.
 */
final class RateLimitedLog {
    private final Logger log;
    private final long intervalNanos;
    private final AtomicLong nextAllowed = new AtomicLong(System.nanoTime());
    private final AtomicLong suppressed = new AtomicLong();

    RateLimitedLog(Logger log, long interval, TimeUnit unit) {
        this.log = log;
        this.intervalNanos = unit.toNanos(interval);
    }

    void warn(String message) {
        long now = System.nanoTime();
        long next = nextAllowed.get();
        if (now - next < 0 || !nextAllowed.compareAndSet(next, now + intervalNanos)) {
            suppressed.incrementAndGet();
            return;
        }
        long held = suppressed.getAndSet(0);
        if (held > 0) {
            log.warn("{} ({} more like it suppressed)", message, held);
        } else {
            log.warn(message);
        }
    }
}
