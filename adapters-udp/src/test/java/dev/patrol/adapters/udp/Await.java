package dev.patrol.adapters.udp;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Poll-until-deadline for tests: fails with "want X, got Y after Z" instead of sleeping blind. */
final class Await {
    private Await() {
    }

    static void until(String want, BooleanSupplier condition, Supplier<Object> got, Duration within) {
        long start = System.nanoTime();
        long deadline = start + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("want " + want + ", got " + got.get() + " after "
                        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
    }
}
