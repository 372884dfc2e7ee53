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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that cannot or must not run end NOT_RUN with the reason, never with an exit code. */
class CommandServiceManagerRefusalTest {
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private FakeScripts scripts;
    private CommandServiceManager manager;

    @BeforeEach
    void setUp() throws Exception {
        scripts = new FakeScripts(dir);
        manager = new CommandServiceManager(scripts.serviceCommand().toString(),
                scripts.initd().toString());
    }

    @AfterEach
    void tearDown() {
        manager.close();
    }

    @Test
    void givenMissingInitdScript_run_completesNotRun() {
        assertNotRun(run(2, "absent"), "does not exist");
    }

    @Test
    void givenNonExecutableInitdScript_run_completesNotRun() throws Exception {
        scripts.notExecutable("plain");

        assertNotRun(run(2, "plain"), "is not executable");
        assertEquals(List.of(), scripts.initdCalls());
    }

    @Test
    void givenDirectoryInPlaceOfInitdScript_run_completesNotRun() throws Exception {
        Files.createDirectories(scripts.initd().resolve("subdir"));

        assertNotRun(run(2, "subdir"), "is a directory");
    }

    @Test
    void givenServiceCommandNotOnPath_run_completesNotRun() throws Exception {
        scripts.exitsWith("app", 0);
        CommandServiceManager noService = new CommandServiceManager("patrol-no-such-service-cmd",
                scripts.initd().toString(), null, () -> scripts.bin().toString());

        ServiceOutcome got = Outcomes.of(noService.run(command(1, "app")), WITHIN);

        assertNotRun(got, "not found on PATH");
        noService.close();
    }

    @Test
    void givenMissingServiceCommandPath_run_completesNotRun() {
        CommandServiceManager missing = new CommandServiceManager(dir.resolve("nope").toString(),
                scripts.initd().toString());

        assertNotRun(Outcomes.of(missing.run(command(1, "app")), WITHIN), "does not exist");
        missing.close();
    }

    @Test
    void givenNullCommand_run_completesNotRun() {
        assertNotRun(Outcomes.of(manager.run(null), WITHIN), "no command");
    }

    @Test
    void givenClosedManager_run_completesNotRun() throws Exception {
        scripts.exitsWith("app", 0);
        manager.close();

        assertNotRun(run(2, "app"), "unable to schedule");
    }

    private ServiceOutcome run(int management, String service) {
        return Outcomes.of(manager.run(command(management, service)), WITHIN);
    }

    private static ServiceCommand command(int management, String service) {
        return new ServiceCommand("svc", ServiceOperation.START, Management.of(management), new ServiceName(service), "start",
                Duration.ofSeconds(30));
    }

    private static void assertNotRun(ServiceOutcome got, String detailPart) {
        assertEquals(ServiceOutcome.Kind.NOT_RUN, got.kind(), "want NOT_RUN, got " + got);
        assertTrue(got.detail().contains(detailPart),
                "want a detail containing '" + detailPart + "', got " + got);
    }
}
