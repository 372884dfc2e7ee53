package dev.patrol.ports.testing;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a condition until a deadline, polling every few milliseconds, and fails with
 * "want X, got Y after Z ms" — the one wait helper of every module's tests (never a bare sleep).
 */
public final class Await {
    public static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private Await() {
    }

    /** Polls `actual` until `ok` holds; returns the value that satisfied it. */
    public static <T> T until(String want, Supplier<T> actual, Predicate<T> ok, Duration within) {
        long start = System.nanoTime();
        while (true) {
            T got = actual.get();
            if (ok.test(got)) {
                return got;
            }
            long elapsed = System.nanoTime() - start;
            if (elapsed > within.toNanos()) {
                throw new AssertionError("want " + want + ", got " + got + " after "
                        + TimeUnit.NANOSECONDS.toMillis(elapsed) + " ms");
            }
            LockSupport.parkNanos(POLL_NANOS); // the poll interval, not a wait for the condition
        }
    }

    public static <T> T until(String want, Supplier<T> actual, Predicate<T> ok) {
        return until(want, actual, ok, DEADLINE);
    }

    /** Polls `condition`; on failure reports what `got` says. */
    public static void until(String want, BooleanSupplier condition, Supplier<?> got, Duration within) {
        until(want, () -> condition.getAsBoolean() ? Boolean.TRUE : got.get(), v -> v == Boolean.TRUE, within);
    }

    public static void until(String want, BooleanSupplier condition, Duration within) {
        until(want, condition, () -> "false", within);
    }

    public static <T> T equal(T want, Supplier<T> actual) {
        return until(String.valueOf(want), actual, got -> Objects.equals(want, got));
    }
}
