package dev.patrol.adapters.process;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for a condition until a deadline; fails with "want X, got Y after Z ms". */
final class Await {
    static final Duration DEADLINE = Duration.ofSeconds(10);

    private Await() {
    }

    static <T> T until(String want, Supplier<T> actual, Predicate<T> ok) {
        long start = System.nanoTime();
        long deadline = start + DEADLINE.toNanos();
        while (true) {
            T got = actual.get();
            if (ok.test(got)) {
                return got;
            }
            if (System.nanoTime() > deadline) {
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                throw new AssertionError("want " + want + ", got " + got + " after " + ms + " ms");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5)); // poll interval, not a wait
        }
    }

    static <T> T equal(T want, Supplier<T> actual) {
        return until(String.valueOf(want), actual, got -> Objects.equals(want, got));
    }
}
