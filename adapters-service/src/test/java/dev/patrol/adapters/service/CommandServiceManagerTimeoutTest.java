package dev.patrol.adapters.service;

import dev.patrol.ports.testing.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.service.Management;
import dev.patrol.ports.service.ServiceCommand;
import dev.patrol.ports.service.ServiceName;
import dev.patrol.ports.service.ServiceOperation;
import dev.patrol.ports.service.ServiceOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timeouts kill the command's whole process tree and are reported as TIMED_OUT. */
class CommandServiceManagerTimeoutTest {
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private FakeScripts scripts;
    private CommandServiceManager manager;
    private final List<String> gates = new ArrayList<>();
    private final List<CompletableFuture<ServiceOutcome>> pending = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        scripts = new FakeScripts(dir);
        manager = new CommandServiceManager(scripts.serviceCommand().toString(),
                scripts.initd().toString());
    }

    @AfterEach
    void tearDown() throws Exception {
        for (String gate : gates) {
            scripts.openGate(gate);
        }
        // Wait for the gated scripts before @TempDir deletes their gates.
        for (CompletableFuture<ServiceOutcome> f : pending) {
            Outcomes.of(f, WITHIN);
        }
        manager.close();
    }

    @Test
    void givenHangingScript_runWithShortTimeout_completesTimedOutNotWithAnExitCode()
            throws Exception {
        scripts.waitsForGate("stuck", 0); // never opened: only the timeout ends it

        long start = System.nanoTime();
        ServiceOutcome got = Outcomes.of(
                manager.run(command(2, "stuck", Duration.ofMillis(300))), WITHIN);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(ServiceOutcome.Kind.TIMED_OUT, got.kind(), "want TIMED_OUT, got " + got);
        assertTrue(got.detail().contains("300 ms"), "want the timeout in the detail, got " + got);
        assertTrue(tookMillis < 5000, "want TIMED_OUT within 5 s, got it after " + tookMillis + " ms");
    }

    @Test
    void givenScriptWithGrandchildren_runTimesOut_killsEveryGrandchild() throws Exception {
        scripts.hangsWithGrandchildren("forks");

        ServiceOutcome got = Outcomes.of(
                manager.run(command(1, "forks", Duration.ofMillis(1500))), WITHIN);

        assertEquals(ServiceOutcome.Kind.TIMED_OUT, got.kind(), "want TIMED_OUT, got " + got);
        assertTrue(Files.exists(scripts.file("hang-ready")),
                "want the script to have started its grandchildren before the timeout");
        for (String pidFile : List.of("orphan.pid", "escaped.pid", "grandchild.pid")) {
            long pid = scripts.pid(pidFile);
            Await.until("pid " + pid + " (" + pidFile + ") dead", () -> LinuxProcesses.describe(pid),
                    d -> d.endsWith("dead"), Duration.ofSeconds(5));
        }
    }

    @Test
    void givenOneCommandHanging_runAnother_completesWithoutWaitingForTheFirst() throws Exception {
        scripts.waitsForGate("slow", 0);
        gates.add("slow");
        scripts.exitsWith("quick", 3);

        CompletableFuture<ServiceOutcome> slow =
                manager.run(command(2, "slow", Duration.ofSeconds(60)));
        pending.add(slow);
        CompletableFuture<ServiceOutcome> quick =
                manager.run(command(1, "quick", Duration.ofSeconds(60)));

        assertEquals(ServiceOutcome.exited(3), Outcomes.of(quick, WITHIN));
        assertFalse(slow.isDone(), "want the hanging command still pending, got " + slow);
        scripts.openGate("slow");
        assertEquals(ServiceOutcome.exited(0), Outcomes.of(slow, WITHIN));
    }

    @Test
    void givenPoolFullOfHangingCommands_runAnother_runsItOnceOneEnds() throws Exception {
        int poolSize = CommandServiceManager.MAX_CONCURRENT_COMMANDS;
        for (int i = 0; i < poolSize; i++) {
            scripts.waitsForGate("hang" + i, 0);
            gates.add("hang" + i);
            pending.add(manager.run(command(2, "hang" + i, Duration.ofSeconds(60))));
        }
        Await.until(poolSize + " hanging scripts started", () -> callCount(),
                n -> n == poolSize, WITHIN);
        scripts.exitsWith("queued", 0);
        CompletableFuture<ServiceOutcome> queued =
                manager.run(command(2, "queued", Duration.ofSeconds(60)));
        assertFalse(queued.isDone(), "want the extra command queued, got " + queued);

        scripts.openGate("hang0");

        assertEquals(ServiceOutcome.exited(0), Outcomes.of(pending.get(0), WITHIN));
        assertEquals(ServiceOutcome.exited(0), Outcomes.of(queued, WITHIN));
        assertEquals(poolSize + 1, callCount());
    }

    private int callCount() {
        try {
            return scripts.initdCalls().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServiceCommand command(int management, String service, Duration timeout) {
        return new ServiceCommand("svc-" + service, ServiceOperation.START, Management.of(management), new ServiceName(service),
                "start", timeout);
    }
}
