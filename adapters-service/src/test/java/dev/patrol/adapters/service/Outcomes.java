package dev.patrol.adapters.service;

import static org.junit.jupiter.api.Assertions.fail;

import dev.patrol.ports.service.ServiceOutcome;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for a service command's outcome, failing with "want X, got Y after Z ms". */
final class Outcomes {
    private Outcomes() {
    }

    /** The future's outcome, failing if it is still pending after `within`. */
    static ServiceOutcome of(CompletableFuture<ServiceOutcome> future, Duration within) {
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
