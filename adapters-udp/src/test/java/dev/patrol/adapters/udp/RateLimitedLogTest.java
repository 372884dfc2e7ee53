package dev.patrol.adapters.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** At most one warning per interval, and the next one says how many were held back. */
class RateLimitedLogTest {
    private final List<String> lines = new ArrayList<>();
    private final AtomicLong now = new AtomicLong(1_000);
    private final RateLimitedLog log = new RateLimitedLog(lines::add, 10, TimeUnit.SECONDS, now::get);

    @Test
    void givenAFlood_warn_writesTheFirstThenOnePerIntervalWithTheCount() {
        log.warn("dropped one");
        log.warn("dropped two");
        now.addAndGet(TimeUnit.SECONDS.toNanos(10) - 1);
        log.warn("dropped three");
        assertEquals(List.of("dropped one"), lines);

        now.addAndGet(1);
        log.warn("dropped four");
        now.addAndGet(TimeUnit.SECONDS.toNanos(10));
        log.warn("dropped five");

        assertEquals(List.of("dropped one", "dropped four (2 more like it suppressed)", "dropped five"), lines);
    }
}
