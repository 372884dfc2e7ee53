package dev.patrol.adapters.service;

import dev.patrol.ports.testing.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patrol.ports.service.Management;
import dev.patrol.ports.service.ServiceCommand;
import dev.patrol.ports.service.ServiceName;
import dev.patrol.ports.service.ServiceOperation;
import dev.patrol.ports.service.ServiceOutcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output is drained and bounded, so a chatty command never blocks on a full pipe. */
class CommandServiceManagerOutputTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final int TEN_MB = 10 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void givenScriptPrintingTenMegabytes_run_completesWithItsExit() throws Exception {
        FakeScripts scripts = new FakeScripts(dir);
        scripts.printsBytes("chatty", TEN_MB);
        try (CommandServiceManager manager = new CommandServiceManager(
                scripts.serviceCommand().toString(), scripts.initd().toString())) {
            ServiceCommand command = new ServiceCommand("svc-chatty", ServiceOperation.STATUS, Management.INITD,
                    new ServiceName("chatty"), "status", Duration.ofSeconds(20));

            assertEquals(ServiceOutcome.exited(0), Outcomes.of(manager.run(command), WITHIN));
        }
    }

    @Test
    void givenTenMegabytesOfOutput_capture_keepsTheFirst64KiBAndCountsTheRest() {
        OutputCapture capture = new OutputCapture(new ByteArrayInputStream(new byte[TEN_MB]));

        capture.run();

        assertEquals(TEN_MB, capture.totalBytes());
        assertEquals(OutputCapture.LIMIT, capture.keptText().length() / "\\u0000".length());
    }

    @Test
    void givenOutputWithControlCharacters_capture_keepsItOnOneLine() {
        byte[] bytes = "line one\nline\ttwo\u0007\n".getBytes(StandardCharsets.UTF_8);
        OutputCapture capture = new OutputCapture(new ByteArrayInputStream(bytes));

        capture.run();

        assertEquals("line one\\nline\\ttwo\\u0007\\n", capture.keptText());
        assertEquals(bytes.length, capture.totalBytes());
    }
}
