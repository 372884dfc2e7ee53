package dev.patrol.adapters.service;

import dev.patrol.ports.testing.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.service.ServiceCommand;
import dev.patrol.ports.service.ServiceManager;
import dev.patrol.ports.service.ServiceOutcome;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every ServiceManager does, run against the real adapter and the fake (STYLE habit 10). */
abstract class ServiceManagerContract {
    protected static final Duration WITHIN = Duration.ofSeconds(10);

    protected abstract ServiceManager manager();

    /** A command that stays pending until {@link #release} is called, then exits `code`. */
    protected abstract ServiceCommand pendingCommand(String serviceId, int code) throws Exception;

    protected abstract void release(ServiceCommand command) throws Exception;

    @Test
    void givenCommandThatStaysPending_run_returnsAtOnceWithAPendingFuture() throws Exception {
        ServiceCommand command = pendingCommand("web", 0);

        long start = System.nanoTime();
        CompletableFuture<ServiceOutcome> outcome = manager().run(command);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertTrue(tookMillis < 1000, "want run() to return at once, got " + tookMillis + " ms");
        assertFalse(outcome.isDone(), "want a pending future, got " + outcome);
        release(command);
        assertEquals(ServiceOutcome.exited(0), Outcomes.of(outcome, WITHIN));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3})
    void givenCommandExitingWithCode_release_completesWithExitedCode(int code) throws Exception {
        ServiceCommand command = pendingCommand("db", code);
        CompletableFuture<ServiceOutcome> outcome = manager().run(command);

        release(command);

        ServiceOutcome got = Outcomes.of(outcome, WITHIN);
        assertEquals(ServiceOutcome.Kind.EXITED, got.kind(), "want EXITED, got " + got);
        assertEquals(code, got.exitCode(), "want exit " + code + ", got " + got);
    }

    @Test
    void givenTwoPendingCommands_releasingTheSecond_completesOnlyTheSecond() throws Exception {
        ServiceCommand first = pendingCommand("first", 0);
        ServiceCommand second = pendingCommand("second", 3);
        CompletableFuture<ServiceOutcome> firstOutcome = manager().run(first);
        CompletableFuture<ServiceOutcome> secondOutcome = manager().run(second);

        release(second);

        assertEquals(ServiceOutcome.exited(3), Outcomes.of(secondOutcome, WITHIN));
        assertFalse(firstOutcome.isDone(), "want the first still pending, got " + firstOutcome);
        release(first);
        assertEquals(ServiceOutcome.exited(0), Outcomes.of(firstOutcome, WITHIN));
    }
}
