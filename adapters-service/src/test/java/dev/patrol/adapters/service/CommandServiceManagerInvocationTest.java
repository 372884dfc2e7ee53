package dev.patrol.adapters.service;

import dev.patrol.ports.testing.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.service.Management;
import dev.patrol.ports.service.ServiceCommand;
import dev.patrol.ports.service.ServiceName;
import dev.patrol.ports.service.ServiceOperation;
import dev.patrol.ports.service.ServiceOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The argv, environment, working directory and exit codes of the commands the adapter runs. */
class CommandServiceManagerInvocationTest {
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private FakeScripts scripts;
    private CommandServiceManager manager;

    @BeforeEach
    void setUp() throws Exception {
        scripts = new FakeScripts(dir);
        scripts.serviceCommand();
        // "service" is found on a search path that starts with the fake's bin directory.
        manager = new CommandServiceManager("service", scripts.initd().toString(), null,
                () -> scripts.bin() + ":" + System.getenv("PATH"));
    }

    @AfterEach
    void tearDown() {
        manager.close();
    }

    @Test
    void givenManagementOne_run_callsServiceWithNameAndVerb() throws Exception {
        scripts.exitsWith("nginx", 0);

        ServiceOutcome got = Outcomes.of(manager.run(command(1, "nginx", "status")), WITHIN);

        assertEquals(ServiceOutcome.exited(0), got);
        assertEquals(List.of("[" + scripts.bin().resolve("service") + "][nginx][status]"),
                scripts.serviceCalls());
    }

    @Test
    void givenManagementTwo_run_callsTheInitdScriptWithTheVerbOnly() throws Exception {
        Path script = scripts.exitsWith("nginx", 0);

        ServiceOutcome got = Outcomes.of(manager.run(command(2, "nginx", "start")), WITHIN);

        assertEquals(ServiceOutcome.exited(0), got);
        assertEquals(List.of("[" + script + "][start]"), scripts.initdCalls());
        assertEquals(List.of(), scripts.serviceCalls());
    }

    @Test
    void givenCustomVerbs_run_passesThemUnchanged() throws Exception {
        Path script = scripts.exitsWith("db", 0);

        Outcomes.of(manager.run(command(1, "db", "force-reload")), WITHIN);
        Outcomes.of(manager.run(command(2, "db", "graceful-stop")), WITHIN);

        assertEquals(List.of("[" + scripts.bin().resolve("service") + "][db][force-reload]"),
                scripts.serviceCalls());
        assertEquals(List.of("[" + script + "][force-reload]", "[" + script + "][graceful-stop]"),
                scripts.initdCalls());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 255})
    void givenScriptExitingWithCode_run_completesWithExitedCode(int code) throws Exception {
        scripts.exitsWith("app", code);

        assertEquals(ServiceOutcome.exited(code),
                Outcomes.of(manager.run(command(1, "app", "status")), WITHIN));
        assertEquals(ServiceOutcome.exited(code),
                Outcomes.of(manager.run(command(2, "app", "status")), WITHIN));
    }

    @Test
    void givenAnyCommand_run_inheritsTheDaemonsEnvironmentAndWorkingDirectory() throws Exception {
        scripts.exitsWith("app", 0);

        Outcomes.of(manager.run(command(1, "app", "status")), WITHIN);

        assertEquals(System.getenv("PATH"),
                Files.readString(scripts.file("service-path.txt")).strip());
        assertEquals(Path.of("").toRealPath().toString(),
                Files.readString(scripts.file("service-cwd.txt")).strip());
    }

    @Test
    void givenPendingCommand_run_completesTheFutureOnAPoolThread() throws Exception {
        scripts.waitsForGate("app", 0);
        AtomicReference<String> completedOn = new AtomicReference<>();
        CompletableFuture<ServiceOutcome> outcome = manager.run(command(2, "app", "start"));
        CompletableFuture<ServiceOutcome> observed =
                outcome.whenComplete((o, e) -> completedOn.set(Thread.currentThread().getName()));

        scripts.openGate("app");

        Outcomes.of(observed, WITHIN);
        assertTrue(completedOn.get().startsWith("patrol-service-"),
                "want completion on a patrol-service thread, got " + completedOn.get());
    }

    @Test
    void givenAnExecutor_run_runsTheCommandOnIt() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "given"));
        try {
            CommandServiceManager onExecutor = new CommandServiceManager(
                    scripts.bin().resolve("service").toString(), scripts.initd().toString(), executor);
            scripts.exitsWith("app", 3);

            assertEquals(ServiceOutcome.exited(3),
                    Outcomes.of(onExecutor.run(command(1, "app", "status")), WITHIN));
        } finally {
            executor.shutdownNow();
        }
    }

    private static ServiceCommand command(int management, String service, String verb) {
        return new ServiceCommand("svc-" + service, ServiceOperation.STATUS, Management.of(management), new ServiceName(service),
                verb, Duration.ofSeconds(30));
    }
}
