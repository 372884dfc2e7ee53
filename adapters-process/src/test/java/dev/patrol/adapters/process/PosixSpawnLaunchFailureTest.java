package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.LaunchException;
import dev.patrol.ports.process.ProcessLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** The launch failure tests of {@link LaunchFailureTest}, run against {@link PosixSpawnLauncher}. */
class PosixSpawnLaunchFailureTest extends LaunchFailureTest {
    @Override
    ProcessLauncher launcher() {
        return new PosixSpawnLauncher();
    }

    @Test
    void givenAnExecutableWithoutInterpreterLine_launch_failsWithExecFormatErrorAsGoDoes() throws Exception {
        // The JDK would retry such a file with /bin/sh; posix_spawn (like Go's exec) reports ENOEXEC.
        Path script = Files.writeString(dir.resolve("no-shebang"), "exit 0\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));

        LaunchException e = assertThrows(LaunchException.class, () -> children.launch(Spec.of(script, dir)));
        assertTrue(e.getMessage().contains(script + " for app test-app") && e.getMessage().contains("ENOEXEC"),
                e.getMessage());
    }
}
