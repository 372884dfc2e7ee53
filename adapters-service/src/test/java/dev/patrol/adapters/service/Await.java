package dev.patrol.adapters.service;

import static org.junit.jupiter.api.Assertions.fail;

import dev.patrol.ports.service.ServiceOutcome;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits on a condition until a deadline, failing with "want X, got Y after Z ms". */
final class Await {
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private Await() {
    }

    /** Polls `actual` until `ok` holds; returns the value that satisfied it. */
    static <T> T until(String want, Supplier<T> actual, Predicate<T> ok, Duration within) {
        long start = System.nanoTime();
        while (true) {
            T value = actual.get();
            if (ok.test(value)) {
                return value;
            }
            long elapsed = System.nanoTime() - start;
            if (elapsed > within.toNanos()) {
                fail("want " + want + ", got " + value + " after "
                        + TimeUnit.NANOSECONDS.toMillis(elapsed) + " ms");
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** The future's outcome, failing if it is still pending after `within`. */
    static ServiceOutcome outcome(CompletableFuture<ServiceOutcome> future, Duration within) {
        long start = System.nanoTime();
        try {
            return future.get(within.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return fail("want a completed outcome, got a pending future after "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        } catch (ExecutionException e) {
            return fail("want an outcome, got exception " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for an outcome");
        }
    }
}
